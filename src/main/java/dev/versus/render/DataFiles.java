package dev.versus.render;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.BeansWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.util.List;
import java.util.Map;

/**
 * JBake's {@code data.get('events.yml')} in templates: the data file of that name, as JBake's
 * YAML engine reads it. A name that is no data file is a template error naming the files there
 * are (JBake gives an empty map and logs a warning, which hides the typo).
 */
public final class DataFiles implements TemplateMethodModelEx {

    private final Map<String, Map<String, Object>> files;
    private final String dataFolder;

    /**
     * @param files      data file name (relative to the data folder) → its content
     * @param dataFolder the data folder, for messages
     */
    public DataFiles(Map<String, Map<String, Object>> files, String dataFolder) {
        this.files = files;
        this.dataFolder = dataFolder;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel name)) {
            throw new TemplateModelException("data.get takes the name of one data file, e.g. data.get('events.yml')");
        }
        String ref = name.getAsString();
        Map<String, Object> doc = files.get(ref);
        if (doc == null) {
            throw new TemplateModelException("there is no data file '" + ref + "' in " + dataFolder + "/"
                    + (files.isEmpty() ? " (it has none)" : "; data files: " + String.join(", ", files.keySet())));
        }
        // JBake hands templates its data files through a plain BeansWrapper: their strings, lists
        // and maps have their Java methods too (key.contains(" "), map.get('x')), as themes use them
        return BEANS.wrap(doc);
    }

    /** The data files, by name. */
    Map<String, Map<String, Object>> files() {
        return files;
    }

    /** The data folder. */
    String dataFolder() {
        return dataFolder;
    }

    private static final BeansWrapper BEANS = new BeansWrapperBuilder(Configuration.VERSION_2_3_34).build();

    @Override
    public boolean equals(Object o) {
        return o instanceof DataFiles d && d.files.equals(files) && d.dataFolder.equals(dataFolder);
    }

    @Override
    public int hashCode() {
        return files.hashCode();
    }

    /** For messages: the file names. */
    @Override
    public String toString() {
        return String.join(", ", files.keySet());
    }
}
