package formcoach.log;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the log shows them: "1.6×", "62.5". */
public final class LoggedSetText {
    private LoggedSetText() {
    }

    public static String ratio(double r) {
        return LoggedSet.number(BigDecimal.valueOf(r).setScale(1, RoundingMode.HALF_UP).doubleValue()) + "×";
    }

    public static String number(double v) {
        return LoggedSet.number(v);
    }
}
