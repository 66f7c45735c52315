#!/bin/sh
# A job started before relocheck, by the shell that then becomes relocheck
# (exec): once GNU as runs, it leaves an orphan, which relocheck adopts as
# the subreaper it is during the run (gnu-as-process.test).
while [ ! -e "$AS_STARTED" ]; do sleep 0.05; done
sleep 30 &
echo $! > "$ORPHAN_PID"
exit 0
