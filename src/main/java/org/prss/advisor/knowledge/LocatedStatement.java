package org.prss.advisor.knowledge;

/** A second source's statement on one state, and the file and line it starts on, until it joins its state's row. */
record LocatedStatement<T>(String state, T statement, KnowledgeFile file, int line) {}
