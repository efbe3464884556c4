/**
 * A program that keeps a record open, as the desktop app or browser mode
 * does: `hold-record.ts DATA_DIR PROGRAM` prints "ready PID" once the
 * record is open and its lock taken, then waits until killed or until
 * stdin closes (then it closes the record and releases the lock).
 */
import { openServices } from '../../main/app/open-services';
import type { Program } from '../../main/app/record-lock';

const [dataDir, program] = process.argv.slice(2);
const services = await openServices({ dataDir, program: program as Program, seedDemo: false, actor: 'houder' });
console.log(`ready ${process.pid}`);
process.stdin.resume();
process.stdin.on('end', () => void services.close().then(() => process.exit(0)));
