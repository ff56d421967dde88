"""Graph stores: NetworkX in memory (the default), GraphML files, and Neo4j over Bolt."""
