package formcoach.log;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader: quoted fields may hold the delimiter, doubled quotes and line breaks. Each
 * record remembers the line it starts on, so a message can point at the file.
 */
final class Csv {
    record Record(int line, List<String> fields) {
        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private Csv() {
    }

    /** Strips a UTF-8 byte-order mark. */
    static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** {@code ;} when the header line (outside quotes) has more semicolons than commas, else {@code ,}. */
    static char sniff(String text) {
        int commas = 0;
        int semis = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semis++;
            }
        }
        return semis > commas ? ';' : ',';
    }

    static List<Record> parse(String text, char sep) throws LogImportException {
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    f.append(c);
                }
                continue;
            }
            if (c == '"') {
                if (f.length() == 0 && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else {
                    throw new LogImportException("line " + line + ": a quote in the middle of a field; the file is not a "
                            + "well-formed CSV export. Nothing was imported.");
                }
            } else if (c == sep) {
                fields.add(f.toString());
                f.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                // CRLF: the \n ends the record
                continue;
            } else if (c == '\n' || c == '\r') {
                fields.add(f.toString());
                f.setLength(0);
                wasQuoted = false;
                out.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                line++;
                recordLine = line;
            } else {
                if (wasQuoted) {
                    throw new LogImportException("line " + line + ": text after a closing quote; the file is not a "
                            + "well-formed CSV export. Nothing was imported.");
                }
                f.append(c);
            }
        }
        if (quoted) {
            throw new LogImportException("line " + recordLine + ": a quoted field is never closed; the file is cut short. "
                    + "Nothing was imported.");
        }
        if (f.length() > 0 || !fields.isEmpty() || wasQuoted) {
            fields.add(f.toString());
            out.add(new Record(recordLine, List.copyOf(fields)));
        }
        return out;
    }
}
