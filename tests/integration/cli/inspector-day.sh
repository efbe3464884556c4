#!/usr/bin/env bash
# An inspector's whole day through the CLI, as a staff member would script it.
# Every answer is asked as --json, kept in $OUT/NN-command.json (the test checks
# each against its command's documented shape) and read with jq.
# Needs: CLI (the command to run), DATA (the data folder), OUT (answers), FIX (input files).
set -euo pipefail
n=0
# run NAME ARGS…: one CLI call whose JSON answer is kept and printed for $(…)
run() {
  n=$((n + 1))
  local file
  file=$(printf '%s/%02d-%s.json' "$OUT" "$n" "$1")
  $CLI "$@" --json --data-dir "$DATA" >"$file"
  cat "$file"
}

run profile --name "An Peeters" --role hoofdinspecteur >/dev/null
run import "$FIX/scholen.csv" --kind schools >/dev/null
run import "$FIX/cijfers.csv" --kind figures >/dev/null
run schools --search Brugge >/dev/null
run signals --school 123456 >/dev/null
run overview >/dev/null

inspection=$(run create-inspection --school 123456 --type full --start 2026-11-02 | jq -r .id)
run focus --inspection "$inspection" --domain classroom_management,disciplinary_policy,school_climate >/dev/null
run inspection --inspection "$inspection" >/dev/null

run evidence --inspection "$inspection" --source document_analysis --role leadership --date 2026-11-02 \
  --indicator tb.1 --indicator tb.2 --note "Schoolreglement 2026, tuchtprocedure" --attach "$FIX/reglement.txt" >/dev/null
mistake=$(run evidence --inspection "$inspection" --source data --role inspector --date 2026-11-02 --indicator km.1 --note "per vergissing" | jq -r .evidence.id)
run remove --inspection "$inspection" --kind evidence --id "$mistake" >/dev/null
run observation --inspection "$inspection" --class 3B --subject wiskunde --at 2026-11-02T09:10 \
  --rust volgens --routine benadert --regelmaat volgens --relatie overstijgt --note-relatie "warm contact" --on-task 21 --off-task 3 >/dev/null
run observation --inspection "$inspection" --class 5A --subject Frans --at 2026-11-02T11:05 --rust beneden --on-task 12 --off-task 9 >/dev/null
run sample --inspection "$inspection" --label D-01 --measure temporary_exclusion --date 2026-10-14 --guidance yes --hearing --class-council --clb >/dev/null
run sample --inspection "$inspection" --label D-02 --measure definitive_exclusion --date 2026-09-20 --guidance no --hearing --handover nee >/dev/null
run survey --inspection "$inspection" --question pupils_safe_respected --group "2de graad" --agree 41 --respondents 52 >/dev/null
run survey --inspection "$inspection" --question staff_time_for_teaching --group leerkrachten --agree 18 --respondents 30 >/dev/null
run onsite --inspection "$inspection" >/dev/null

for indicator in km.1 km.2 km.3 km.4; do
  run rate --inspection "$inspection" --indicator "$indicator" --level volgens --motivation "Rust en routine in de meeste lessen." \
    --sterktes "Duidelijke afspraken bij de start van de les." --aanbevelingen "Deel de goede praktijk." >/dev/null
done
run rate --inspection "$inspection" --indicator tb.1 --level beneden --motivation "De tuchtprocedure wordt niet gevolgd." \
  --tekort "Bij definitieve uitsluitingen ontbreekt het verhoor." --termijn 2027-06-30 --aanbevelingen "Leg elk verhoor vast." >/dev/null
run rate --inspection "$inspection" --indicator tb.2 --level benadert --motivation "Begeleidende maatregelen deels gedocumenteerd." \
  --ontwikkelkansen "Documenteer de begeleiding in elk dossier." >/dev/null
run rate --inspection "$inspection" --indicator tb.3 --level volgens --motivation "Overleg met het CLB loopt." >/dev/null
run rate --inspection "$inspection" --indicator tb.4 --level overstijgt --motivation "Herstelgericht werken." >/dev/null
# A slip, taken back.
run rate --inspection "$inspection" --indicator tb.3 --level beneden --tekort "vergissing" --termijn 2027-06-30 >/dev/null
run undo --inspection "$inspection" >/dev/null
for indicator in sc.responsiveness sc.demandingness; do
  run rate --inspection "$inspection" --indicator "$indicator" --level volgens --motivation "Bevraging en gesprekken." >/dev/null
done
run audit --inspection "$inspection" >/dev/null

# A colleague's package merged in (here: our own, so everything is the same).
run export-package --inspection "$inspection" --out "$OUT/team.dlpkg" >/dev/null
run import-package "$OUT/team.dlpkg" >/dev/null
run conflicts --inspection "$inspection" >/dev/null
run advice --inspection "$inspection" >/dev/null
run decide --inspection "$inspection" --advice 2B --guidance ja --motivation "Binnen een jaar herstelbaar met begeleiding." --report-date 2026-11-20 >/dev/null
run checklist --inspection "$inspection" >/dev/null
run finalize --inspection "$inspection" --accept-warnings >/dev/null
run reopen --inspection "$inspection" --reason "Aanbeveling bij tb.1 aangevuld" >/dev/null
run rate --inspection "$inspection" --indicator tb.1 --level beneden --aanbevelingen "Leg elk verhoor schriftelijk vast en bezorg het verslag." >/dev/null
run finalize --inspection "$inspection" --accept-warnings >/dev/null
run report-preview --inspection "$inspection" >/dev/null
run report --inspection "$inspection" --format pdf --out "$OUT/verslag.pdf" >/dev/null
run report --inspection "$inspection" --format docx --out "$OUT/verslag.docx" >/dev/null
run inspections >/dev/null

plan=$(run refer --inspection "$inspection" --date 2026-11-25)
referral=$(jq -r .referral.id <<<"$plan")
run referrals >/dev/null
run assign --referral "$referral" --member "An Peeters" --plan-due 2026-12-20 >/dev/null
run board-answer --referral "$referral" --answer accepts --date 2026-12-01 >/dev/null
run trajectory --referral "$referral" --decision agree_plan --date 2026-12-01 --signed-by "Mevr. Claes, directeur" >/dev/null
run trajectory --referral "$referral" --decision start_monitoring --date 2026-12-01 >/dev/null
goal=$(run goal --referral "$referral" --title "Een tuchtprocedure die elke stap vastlegt" --shortcoming 0 | jq -r .id)
run action --referral "$referral" --goal "$goal" --description "Sjabloon voor het verhoor" --owner school_leader --due 2027-01-15 >/dev/null
slip=$(run action --referral "$referral" --goal "$goal" --description "per vergissing" --owner school_leader --due 2027-01-15 | jq -r .id)
run remove-plan-entry --referral "$referral" --kind action --id "$slip" >/dev/null
run restore-plan-entry --referral "$referral" --kind action --id "$slip" >/dev/null
run remove-plan-entry --referral "$referral" --kind action --id "$slip" >/dev/null
run visit --referral "$referral" --date 2026-12-01 --participants "directie, task force" --notes "Sjabloon in gebruik." \
  --goal-progress "$goal=benadert:eerste dossiers volgens het sjabloon" >/dev/null
run milestone --referral "$referral" --title "Sjabloon goedgekeurd" --due 2027-01-31 --reached 2026-12-01 >/dev/null
run plan --referral "$referral" >/dev/null
run agenda --everyone >/dev/null
run calendar --out "$OUT/agenda.ics" --member "An Peeters" >/dev/null
run progress-report --referral "$referral" --format pdf --out "$OUT/voortgang.pdf" >/dev/null
run trajectory --referral "$referral" --decision start_end_evaluation --date 2026-12-02 >/dev/null
run closing-checklist --referral "$referral" >/dev/null
run close-referral --referral "$referral" --date 2026-12-02 --can-continue ja --motivation "De procedure wordt gevolgd." --acknowledge-goals >/dev/null

run retention --days 400 >/dev/null
run settings >/dev/null
run backup --out "$OUT/reserve.sqlite" >/dev/null
run restore "$OUT/reserve.sqlite" >/dev/null
run verify >/dev/null
run completion bash >/dev/null
echo "$inspection"
