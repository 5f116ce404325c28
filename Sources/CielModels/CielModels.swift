// CielModels module.
