package org.prss.advisor.knowledge;

/**
 * One file of the knowledge: a rule file or a checklist file.
 *
 * @param folder      {@code rules} or {@code checklists}
 * @param name        the file name inside that folder
 * @param displayPath how errors name the file to the person who edits it
 * @param content     the bytes as read
 */
public record KnowledgeFile(String folder, String name, String displayPath, byte[] content) {}
