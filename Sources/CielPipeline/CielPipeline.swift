// CielPipeline module.
