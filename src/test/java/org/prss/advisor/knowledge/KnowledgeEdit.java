package org.prss.advisor.knowledge;

/**
 * One edit of a knowledge file, as a policy writer might make it: the first {@code find} in the file replaced by
 * {@code replace}. The file is named as in its folder; a {@code .drl} file is in rules/, any other in checklists/.
 */
public record KnowledgeEdit(String file, String find, String replace) {

    public boolean touchesRules() {
        return file.endsWith(".drl");
    }

    @Override
    public String toString() {
        return file + ": '" + find.strip() + "' -> '" + replace.strip() + "'";
    }
}
