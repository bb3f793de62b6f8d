#!/bin/bash
# kubectl logs (tail, timestamps, follow) and kubectl exec over WebSocket (stdin, exit codes, tty, authz).
set -euo pipefail
. "$(dirname "$0")/../clustersim/testlib.sh"
sim_start
NS=terminal-plus-plus
SB=terminal-plus-plus-sandboxes
# The oldest Running backend pod (the stack may have just rolled the deployment).
POD=$(kubectl --context tpp-admin -n $NS get pods -l app=backend --field-selector status.phase=Running --sort-by=.metadata.creationTimestamp -o jsonpath='{.items[0].metadata.name}')
SPOD=$(kubectl --context tpp-admin -n $SB get pods -l app=sandbox --field-selector status.phase=Running -o jsonpath='{.items[0].metadata.name}')
echo "# backend pod $POD, sandbox pod $SPOD"

echo "# logs"
check "kubectl logs --tail=5 gives 5 uvicorn lines" wait_until 10 bash -c "
    out=\$(kubectl --context tpp-admin -n $NS logs $POD --tail=5); echo \"\$out\" | head -2
    [ \"\$(echo \"\$out\" | wc -l)\" -eq 5 ] && echo \"\$out\" | grep -q 'HTTP/1.1'"
check "logs are stable between reads" bash -c "
    a=\$(kubectl --context tpp-admin -n $NS logs $POD --tail=3 | head -1); b=\$(kubectl --context tpp-admin -n $NS logs $POD --tail=50 | grep -cF \"\$a\"); [ \"\$b\" -ge 1 ]"
check "--timestamps prefixes RFC3339 times" bash -c "kubectl --context tpp-admin -n $NS logs $POD --tail=2 --timestamps | grep -Eq '^20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:]{8}\.[0-9]+Z '"
check "sandbox pods log shell-ish lines" bash -c "kubectl --context tpp-admin -n $SB logs $SPOD --tail=3 | grep -q '\\$ '"
check "logs -f keeps streaming until the client stops (timeout 5 s)" bash -c "
    set +e; out=\$(timeout 5 kubectl --context tpp-admin -n $NS logs -f $POD --tail=1); rc=\$?; set -e
    n=\$(echo \"\$out\" | wc -l); echo \"# got \$n lines, rc=\$rc\"; [ \$rc -eq 124 ] && [ \$n -ge 3 ]"
check "logs deploy/backend resolves a pod" bash -c "kubectl --context tpp-admin -n $NS logs deploy/backend --tail=1 | grep -q INFO"
check "unknown container gives 400" bash -c "kubectl --context tpp-admin -n $NS logs $POD -c nope 2>&1 | grep -q 'container nope is not valid for pod $POD'"

echo "# exec (WebSocket v5)"
check "stdin is piped through and exit code 3 propagates" bash -c "
    set +e; out=\$(printf 'hello from stdin\n' | kubectl --context tpp-admin -n $NS exec -i $POD -- sh -c 'cat; exit 3' 2>/tmp/exec_err.\$\$); rc=\$?; set -e
    echo \"# out='\$out' rc=\$rc\"; cat /tmp/exec_err.\$\$; rm -f /tmp/exec_err.\$\$; [ \"\$out\" = 'hello from stdin' ] && [ \$rc -eq 3 ]"
check "exit 0 gives rc 0 and stderr is separate" bash -c "
    out=\$(kubectl --context tpp-admin -n $NS exec $POD -- sh -c 'echo out; echo err >&2' 2>/dev/null); [ \"\$out\" = out ]"
check "the command runs in the pod's own folder with HOME there" bash -c "
    out=\$(kubectl --context tpp-admin -n $NS exec $POD -- sh -c 'pwd; echo \$HOME; echo \$TERM'); echo \"\$out\"
    echo \"\$out\" | head -1 | grep -q \"/pods/$NS/$POD\$\" && echo \"\$out\" | sed -n 3p | grep -q xterm-256color"
check "a file written by one exec is seen by the next" bash -c "
    kubectl --context tpp-admin -n $NS exec $POD -- sh -c 'echo persisted > note.txt' &&
    [ \"\$(kubectl --context tpp-admin -n $NS exec $POD -- cat note.txt)\" = persisted ]"
check "tty=true runs in a pseudo-terminal" bash -c "
    out=\$(script -qec \"kubectl --context tpp-admin -n $NS exec -it $POD -- sh -c 'tty; stty size'\" /dev/null < /dev/null); echo \"\$out\" | tr -d '\r'
    echo \"\$out\" | grep -q /dev/pts/"
check "unknown command: the runtime's error, non-zero exit" bash -c "
    set +e; out=\$(kubectl --context tpp-admin -n $NS exec $POD -- no-such-binary 2>&1); rc=\$?; set -e
    [ \$rc -ne 0 ] && echo \"\$out\" | grep -q 'executable file not found'"
check "support may exec in the sandboxes namespace" bash -c "[ \"\$(kubectl --context tpp-support -n $SB exec $SPOD -- echo hi)\" = hi ]"
check "support may not exec in the app namespace (server's 403 text)" bash -c "
    kubectl --context tpp-support -n $NS exec $POD -- true 2>&1 | grep -q 'pods \"$POD\" is forbidden: User \"support\" cannot create resource \"pods/exec\" in API group \"\" in the namespace \"$NS\"'"
check "viewer may not exec" bash -c "! kubectl --context tpp-viewer -n $SB exec $SPOD -- true 2>/dev/null"
finish
