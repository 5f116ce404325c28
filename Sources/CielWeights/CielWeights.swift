// CielWeights module.
