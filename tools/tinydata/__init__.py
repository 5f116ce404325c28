"""Procedural captioned clips for training and evaluating ciel-tiny (see tools/tinydata/README.md)."""
