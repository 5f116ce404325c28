// CielStore module.
