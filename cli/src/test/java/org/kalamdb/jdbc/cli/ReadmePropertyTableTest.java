package org.kalamdb.jdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.config.ConnectionProperty;

/** The README's property table is the registry's: same keys, defaults and aliases, same order. */
class ReadmePropertyTableTest {

    @Test
    void readmeTableMatchesTheRegistry() throws Exception {
        Path readme = Path.of(System.getProperty("kalam.repo.root", "..")).resolve("README.md");
        List<String> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Connection properties");
            } else if (inSection && line.startsWith("| `")) {
                rows.add(line);
            }
        }
        ConnectionProperty[] properties = ConnectionProperty.values();
        assertEquals(properties.length, rows.size(), "one README row per connection property");
        for (int i = 0; i < properties.length; i++) {
            ConnectionProperty p = properties[i];
            String[] cells = rows.get(i).split("(?<!\\\\)\\|");
            assertEquals("`" + p.key() + "`", cells[1].trim(), "row " + (i + 1));
            assertEquals(p.defaultValue() == null ? "" : p.defaultValue(), cells[2].trim(), p.key() + " default");
            for (String alias : p.aliases()) {
                assertTrue(cells[3].contains("`" + alias + "`"), p.key() + " alias " + alias);
            }
        }
    }
}
