package formcoach.log;

/**
 * A file that cannot be imported. When one row is at fault the message names it as "row N (line L),
 * column C"; rows count from 1 after the header. Nothing is changed when this is thrown.
 */
public final class LogImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public LogImportException(String message) {
        super(message);
    }

    static LogImportException at(int row, int line, String column, String what) {
        return new LogImportException("row " + row + " (line " + line + "), column " + column + ": " + what
                + ". Nothing was imported.");
    }
}
