#!/bin/bash
# Writes bench/results/heldout.txt: every bench set scored by ../shared/tools/score_extraction.py.
# The independent sets (heldout4–heldout14, heldout16–heldout19) get their summary line only: nobody reads them or tunes on them.
#   bash bench/score_sets.sh            (from the repository root, after make install)
set -e
R=$(cd "$(dirname "$0")/.." && pwd); cd "$R"
SHARED=${SHARED:-$R/../shared}
PY="$R/.venv/bin/python"
REV=$(git rev-parse --short HEAD)
out=bench/results/heldout.txt
score() {  # set-dir label [summary]
  P=$(mktemp -d); env PYTHONPATH=$R/src $PY -c "from kgraph.cli import main; main()" extract $1/articles/*.txt --out $P >/dev/null 2>&1
  n=$(ls $1/articles/*.txt | wc -l)
  echo; echo "# $2 ($n articles)"
  if [ "$3" = summary ]; then python3 $SHARED/tools/score_extraction.py $1/gold $P | tail -1
  else python3 $SHARED/tools/score_extraction.py $1/gold $P; fi
  rm -rf $P
}
{
echo "# Extraction scores at $REV, scored by ../shared/tools/score_extraction.py GOLD PRED (kgraph extract ARTICLES --out PRED)."
echo "# bench/heldout19 (start of session 17), heldout18 (written in session 16), heldout17 (start of session 16), heldout16"
echo "# (end of session 15), heldout14 (session 14),"
echo "# heldout13 (session 13), heldout12 (session 12),"
echo "# heldout11 (session 11), heldout10 (session 10), heldout9 (session 9), heldout8 (session 8), heldout7 (session 7), heldout6"
echo "# (session 6), heldout5 (session 5) and heldout4 (session 4) are the independent measurement sets: never read; only their"
echo "# summary lines are written here. heldout, heldout2, heldout3, dev5, dev6 (session 7), dev7 (session 8), dev8 (session 9),"
echo "# dev9 (session 10), dev10 (session 11), dev11 (session 12), dev12 (session 13), dev13 (session 14), dev14 (session 15),"
echo "# dev15 (session 16), dev16 (session 17) and heldout15 (written at the start of session 15, read in session 16)"
echo "# were read and tuned on and are development sets."
for set in heldout19 heldout18 heldout17 heldout16 heldout14 heldout13 heldout12 heldout11 heldout10 heldout9 heldout8 heldout7 heldout6 heldout5 heldout4; do score bench/$set "$set — independent" summary; done
for set in dev16 dev15 heldout15 dev14 dev13 dev12 dev11 dev10 dev9 dev8 dev7 dev6 heldout heldout2 heldout3 dev5; do score bench/$set "$set — development"; done
P=$(mktemp -d); env PYTHONPATH=$R/src $PY -c "from kgraph.cli import main; main()" extract $SHARED/corpus/dev/articles/*.txt --out $P >/dev/null 2>&1
echo; echo "# dev corpus (16 articles, ../shared/corpus/dev)"
python3 $SHARED/tools/score_extraction.py $SHARED/corpus/dev/gold $P | tail -1
rm -rf $P
echo; echo "# bench/probe (203 snippets, a development probe one may read): python bench/probe_score.py"
env PYTHONPATH=$R/src $PY bench/probe_score.py | tail -1
echo; echo "# bench/probe2 (420 snippets written in session 5, a development probe one may read): python bench/probe_score.py --probe probe2"
env PYTHONPATH=$R/src $PY bench/probe_score.py --probe probe2 | tail -11
echo
echo "# bench/probe3 (484 snippets written in session 6, a development probe one may read): python bench/probe_score.py --probe probe3"
env PYTHONPATH=$R/src $PY bench/probe_score.py --probe probe3 | tail -11
echo
echo "# history (relation_f1): session 1 end: dev 0.963, heldout 0.579; session 2 end: heldout 0.683, heldout2 0.502, probe 0.560;"
echo "# session 3 end: heldout 0.690, heldout2 0.601, heldout3 0.623, probe 0.814;"
echo "# session 4 start (23d2a34): heldout4 0.554 (written at the start of session 4), dev5 0.512 (written mid-session 4, scored on 23d2a34)"
echo "# session 4 end / session 5 start (6da6bcc): heldout5 0.623, heldout4 0.609, dev5 0.746, probe2 0.659 (P 0.867 R 0.532)"
echo "# session 5 end / session 6 start (31e8d7e): heldout6 0.558 (written at the start of session 6), heldout5 0.633, heldout4 0.657,"
echo "#   dev5 0.821, heldout3 0.823, heldout2 0.790, heldout 0.747, probe 0.821, probe2 0.762, probe3 0.614 (written in session 6)"
echo "# session 6 end / session 7 start (d03929d): heldout7 0.552 and dev6 0.557 (both written at the start of session 7),"
echo "#   heldout6 0.558, heldout5 0.640, heldout4 0.655, dev5 0.822, heldout3 0.838, heldout2 0.814, heldout 0.885, probe 0.824,"
echo "#   probe2 0.802, probe3 0.754"
echo "# session 7 end / session 8 start (b8b520b): heldout8 0.573 and dev7 0.581 (both written at the start of session 8),"
echo "#   heldout7 0.566, heldout6 0.557, heldout5 0.640, heldout4 0.664, dev6 0.643, dev5 0.833, heldout3 0.849, heldout2 0.817,"
echo "#   heldout 0.885, probe 0.828, probe2 0.803, probe3 0.759"
echo "# session 8 end / session 9 start (7457a38): heldout9 0.600 and dev8 0.652 (both written at the start of session 9),"
echo "#   heldout8 0.598, heldout7 0.585, heldout6 0.611, heldout5 0.654, heldout4 0.678, dev7 0.740, dev6 0.708, dev5 0.835,"
echo "#   heldout3 0.849, heldout2 0.832, heldout 0.885, probe 0.835, probe2 0.805, probe3 0.763"
echo "# session 9 end / session 10 start (48352c8): heldout10 0.650 and dev9 0.617 (both written at the start of session 10),"
echo "#   heldout9 0.631, heldout8 0.635, heldout7 0.611, heldout6 0.611, heldout5 0.668, heldout4 0.689, dev8 0.788, dev7 0.807,"
echo "#   dev6 0.743, dev5 0.842, heldout3 0.850, heldout2 0.832, heldout 0.885, probe 0.838, probe2 0.811, probe3 0.768"
echo "# session 10 end / session 11 start (33472a1): heldout11 0.698 and dev10 0.649 (both written at the start of session 11),"
echo "#   heldout10 0.667, heldout9 0.644, heldout8 0.638, heldout7 0.620, heldout6 0.611, heldout5 0.683, heldout4 0.689, dev9 0.722,"
echo "#   dev8 0.799, dev7 0.810, dev6 0.751, dev5 0.840, heldout3 0.852, heldout2 0.836, heldout 0.885, probe 0.838, probe2 0.813,"
echo "#   probe3 0.770"
echo "# session 11 end / session 12 start (b5d091e): heldout12 0.641 and dev11 0.625 (both written at the start of session 12),"
echo "#   heldout11 0.735, heldout10 0.689, heldout9 0.678, heldout8 0.657, heldout7 0.620, heldout6 0.606, heldout5 0.694,"
echo "#   heldout4 0.692, dev10 0.756, dev9 0.783, dev8 0.812, dev7 0.815, dev6 0.751, dev5 0.840, heldout3 0.852, heldout2 0.861,"
echo "#   heldout 0.902, probe 0.838, probe2 0.814, probe3 0.775"
echo "# session 12 end / session 13 start (ef707e5): heldout13 0.694 and dev12 0.628 (both written at the start of session 13),"
echo "#   heldout12 0.653, heldout11 0.744, heldout10 0.684, heldout9 0.686, heldout8 0.660, heldout7 0.615, heldout6 0.600,"
echo "#   heldout5 0.709, heldout4 0.699, dev11 0.740, dev10 0.780, dev9 0.784, dev8 0.814, dev7 0.814, dev6 0.757, dev5 0.839,"
echo "#   heldout3 0.861, heldout2 0.861, heldout 0.902, probe 0.838, probe2 0.819, probe3 0.777"
echo "# session 13 end / session 14 start (77b52cb): heldout14 0.681 and dev13 0.716 (both written at the start of session 14),"
echo "#   heldout13 0.717, heldout12 0.685, heldout11 0.746, heldout10 0.689, heldout9 0.695, heldout8 0.664, heldout7 0.618,"
echo "#   heldout6 0.615, heldout5 0.710, heldout4 0.700, dev12 0.793, dev11 0.795, dev10 0.791, dev9 0.792, dev8 0.821, dev7 0.823,"
echo "#   dev6 0.759, dev5 0.840, heldout3 0.863, heldout2 0.861, heldout 0.902, probe 0.837, probe2 0.820, probe3 0.779;"
echo "#   org_subtype_acc: heldout14 0.848, heldout13 0.828, heldout12 0.833, heldout11 0.866, heldout10 0.791, heldout9 0.783,"
echo "#   heldout8 0.848, heldout7 0.793, heldout6 0.832, heldout5 0.855, heldout4 0.838, dev13 0.796"
echo "# session 14 end / session 15 start (7585188): heldout15 0.743 and dev14 0.710 (both written at the start of session 15),"
echo "#   heldout14 0.694, heldout13 0.719, heldout12 0.687, heldout11 0.747, heldout10 0.689, heldout9 0.698, heldout8 0.668,"
echo "#   heldout7 0.618, heldout6 0.615, heldout5 0.709, heldout4 0.700, dev13 0.793, dev12 0.803, dev11 0.805, dev10 0.791,"
echo "#   dev9 0.793, dev8 0.821, dev7 0.824, dev6 0.761, dev5 0.840, heldout3 0.863, heldout2 0.861, heldout 0.902, probe 0.837,"
echo "#   probe2 0.820, probe3 0.779; org_subtype_acc: heldout15 0.860, heldout14 0.883, heldout13 0.869, heldout12 0.853,"
echo "#   heldout11 0.888, heldout10 0.827, heldout9 0.807, heldout8 0.835, heldout7 0.808, heldout6 0.858, heldout5 0.869,"
echo "#   heldout4 0.842, dev14 0.833"
echo "# session 15 end (0b94659): heldout16 0.723 (written at the end of session 15, after the session's rules; on the session-15"
echo "#   start 7585188 it scores 0.665, org_subtype_acc 0.817 -> 0.829)"
echo "# session 15 end / session 16 start (67d4061): heldout17 0.702 and dev15 0.725 (both written at the start of session 16),"
echo "#   heldout18 0.717 (written in session 16, scored on 67d4061), heldout16 0.723, heldout15 0.743 (read from session 16 on),"
echo "#   heldout14 0.719, heldout13 0.733, heldout12 0.693, heldout11 0.757, heldout10 0.703, heldout9 0.703, heldout8 0.668,"
echo "#   heldout7 0.625, heldout6 0.621, heldout5 0.709, heldout4 0.700, dev14 0.835, dev13 0.810, dev12 0.816, dev11 0.812,"
echo "#   dev10 0.796, dev9 0.804, dev8 0.824, dev7 0.824, dev6 0.761, dev5 0.840, heldout3 0.867, heldout2 0.861, heldout 0.902,"
echo "#   probe 0.837, probe2 0.821, probe3 0.781; org_subtype_acc: heldout18 0.815, heldout17 0.879, heldout16 0.829,"
echo "#   heldout15 0.871, heldout14 0.884, heldout13 0.865, heldout12 0.854, heldout11 0.888, heldout10 0.825, heldout9 0.807,"
echo "#   heldout8 0.835, heldout7 0.810, heldout6 0.854, heldout5 0.869, heldout4 0.842, dev15 0.864"
echo "# session 16 end / session 17 start (5b97535): heldout19 0.669 and dev16 0.741 (both written at the start of session 17),"
echo "#   heldout18 0.739, heldout17 0.723, heldout16 0.741, heldout14 0.737, heldout13 0.742, heldout12 0.686, heldout11 0.767,"
echo "#   heldout10 0.699, heldout9 0.716, heldout8 0.670, heldout7 0.628, heldout6 0.630, heldout5 0.707, heldout4 0.700,"
echo "#   dev15 0.794, heldout15 0.842, dev14 0.850, dev13 0.825, dev12 0.834, dev11 0.813, dev10 0.807, dev9 0.808, dev8 0.824,"
echo "#   dev7 0.824, dev6 0.761, dev5 0.838, heldout3 0.867, heldout2 0.861, heldout 0.902, probe 0.835, probe2 0.819, probe3 0.784;"
echo "#   org_subtype_acc: heldout19 0.902, heldout18 0.815, heldout17 0.887, heldout16 0.831, heldout14 0.885, heldout13 0.872,"
echo "#   heldout12 0.860, heldout11 0.889, heldout10 0.832, heldout9 0.808, heldout8 0.836, heldout7 0.811, heldout6 0.856,"
echo "#   heldout5 0.869, heldout4 0.847, dev16 0.906"
} > $out
grep "relation_f1\|^# [a-z0-9]* —\|^# dev corpus" $out | paste - - | cut -c1-160
