# Sources of app/kube, added to tppcore (included from app/CMakeLists.txt).
target_sources(tppcore PRIVATE
    kube/KubeconfigContexts.cpp
    kube/Kubeconfig.cpp
    kube/KubeconfigExec.cpp
    kube/ExecApprovals.cpp
    kube/ExecCredentialPlugin.cpp
    kube/Backoff.cpp
    kube/ApiStatus.cpp
    kube/ListDecoder.cpp
    kube/KubeClientReply.cpp
    kube/KubeClient.cpp
    kube/Informer.cpp
    kube/InformerHealth.cpp
)
