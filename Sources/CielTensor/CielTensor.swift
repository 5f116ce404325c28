// CielTensor module.
