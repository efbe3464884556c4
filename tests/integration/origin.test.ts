import { describe, expect, it } from 'vitest';
import { allowedHosts, APP_HOST, APP_SCHEME, isAllowedHost, isAllowedOrigin, isAppFrameUrl, parseOrigin } from '../../main/host/origin';

const PORT = 43117;
const P = (s: string) => s.replaceAll('PORT', String(PORT));

describe('isAllowedHost', () => {
  it('knows exactly the two loopback names on the port', () => {
    expect(allowedHosts(PORT)).toEqual([P('127.0.0.1:PORT'), P('localhost:PORT')]);
  });

  it.each([
    ['127.0.0.1:PORT', true],
    ['localhost:PORT', true],
    ['LOCALHOST:PORT', true],
    ['LocalHost:PORT', true],
    ['127.0.0.1', false],
    ['localhost', false],
    ['127.0.0.1:1', false],
    ['127.0.0.1:PORT0', false],
    ['127.0.0.1:PORT.evil.com', false],
    ['localhost:PORT.evil.com', false],
    ['evil.com', false],
    ['evil.com:PORT', false],
    ['localhost:PORT@evil.com', false],
    ['user@localhost:PORT', false],
    ['localhost.:PORT', false],
    ['127.0.0.1.nip.io:PORT', false],
    ['[::1]:PORT', false],
    [' 127.0.0.1:PORT', false],
    ['127.0.0.1:PORT ', false],
    ['', false],
    [undefined, false],
  ])('Host %j → %s', (host, expected) => {
    expect(isAllowedHost(host === undefined ? undefined : P(host), PORT)).toBe(expected);
  });
});

describe('isAllowedOrigin', () => {
  it.each([
    // No Origin header: a non-browser client (the token still guards it).
    [undefined, true],
    ['http://127.0.0.1:PORT', true],
    ['http://localhost:PORT', true],
    ['http://LOCALHOST:PORT', true],
    ['HTTP://127.0.0.1:PORT', true],
    ['http://127.0.0.1:PORT/', true],
    ['http://127.0.0.1:PORT/some/path?q=1', true],
    ['http://127.0.0.1:PORT.evil.com', false],
    ['http://localhost:PORT.evil.com', false],
    ['http://localhost:PORT@evil.com', false],
    ['http://127.0.0.1:PORT@evil.com', false],
    ['http://evil.com#@127.0.0.1:PORT', false],
    ['http://evil.com/?http://127.0.0.1:PORT', false],
    ['http://127.0.0.1.evil.com:PORT', false],
    ['https://127.0.0.1:PORT', false],
    ['ws://127.0.0.1:PORT', false],
    ['http://127.0.0.1', false],
    ['http://127.0.0.1:80', false],
    ['http://127.0.0.1:1', false],
    ['http://[::1]:PORT', false],
    ['http://0.0.0.0:PORT', false],
    ['http://evil.example', false],
    ['null', false],
    ['', false],
    ['127.0.0.1:PORT', false],
    ['//127.0.0.1:PORT', false],
    ['file:///etc/passwd', false],
    ['app://doorlicht', false],
  ])('Origin %j → %s', (origin, expected) => {
    expect(isAllowedOrigin(origin === undefined ? undefined : P(origin), PORT)).toBe(expected);
  });

  it('the decision depends on the port', () => {
    expect(isAllowedOrigin(P('http://127.0.0.1:PORT'), PORT + 1)).toBe(false);
  });
});

describe('parseOrigin', () => {
  it.each([
    ['http://127.0.0.1:PORT/x', 'http://127.0.0.1:PORT'],
    ['HTTP://LOCALHOST:PORT', 'http://localhost:PORT'],
    ['http://localhost:PORT@evil.com', 'http://evil.com'],
    ['http://example.com:80', 'http://example.com'],
    ['null', null],
    ['', null],
    ['not a url', null],
    ['app://doorlicht/index.html', null],
  ])('parseOrigin(%j) = %j', (value, expected) => {
    expect(parseOrigin(P(value))).toBe(expected === null ? null : P(expected));
  });
});

describe('isAppFrameUrl', () => {
  it('uses the app scheme and host', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('doorlicht');
  });

  it.each([
    ['app://doorlicht/index.html', true],
    ['app://doorlicht/', true],
    ['app://doorlicht', true],
    ['app://doorlicht/scholen/012345?x=1#top', true],
    ['APP://doorlicht/index.html', true],
    ['app://doorlicht.evil', false],
    ['app://doorlicht.evil/index.html', false],
    ['app://evil.doorlicht/index.html', false],
    ['app://doorlicht@evil/index.html', false],
    ['app://evil@doorlicht.evil/', false],
    ['app://doorlicht:8080/index.html', false],
    ['app:doorlicht/index.html', false],
    ['app:///doorlicht/index.html', false],
    ['apps://doorlicht/index.html', false],
    ['http://doorlicht/index.html', false],
    ['file:///C:/Program%20Files/Doorlicht/index.html', false],
    ['http://localhost:5173/', false],
    ['about:blank', false],
    ['data:text/html,<script>1</script>', false],
    ['', false],
    ['garbage', false],
    [undefined, false],
  ])('frame %j → %s (no dev origin)', (url, expected) => {
    expect(isAppFrameUrl(url)).toBe(expected);
  });

  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/src/index.html?x', true],
    ['http://LOCALHOST:5173/', true],
    ['app://doorlicht/index.html', true],
    ['http://localhost:5174/', false],
    ['https://localhost:5173/', false],
    ['http://localhost:5173.evil.com/', false],
    ['http://localhost:5173@evil.com/', false],
    ['http://127.0.0.1:5173/', false],
    ['app://doorlicht.evil/', false],
    [undefined, false],
  ])('frame %j → %s with dev origin http://localhost:5173', (url, expected) => {
    expect(isAppFrameUrl(url, 'http://localhost:5173')).toBe(expected);
  });

  it.each(['null', '', 'not a url', 'app://doorlicht'])('a dev origin of %j admits no http frame', (devOrigin) => {
    expect(isAppFrameUrl('http://localhost:5173/', devOrigin)).toBe(false);
    expect(isAppFrameUrl('null', devOrigin)).toBe(false);
  });
});
