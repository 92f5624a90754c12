package org.flopsheet.engine.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.Pos;
import org.flopsheet.engine.dsl.UnitExpr;
import org.flopsheet.engine.eval.functions.ExcelFunction;
import org.flopsheet.engine.eval.functions.FunctionLibrary;
import org.flopsheet.engine.eval.functions.Parameter;

/**
 * Reads an Excel formula (as a workbook stores it) into a DSL syntax tree, with Excel's grammar:
 * unary minus binds tighter than ^, ^ is left-associative, {@code %} is postfix. Defined names and
 * cell references become references to quantities; ranges inside functions become argument lists.
 * Text in quotes, {@code &amp;}, array constants and empty arguments are read as the DSL has them.
 * Whatever the DSL cannot express (error literals, unknown functions, references outside the model,
 * two-dimensional ranges) is refused with the reason and the offset.
 *
 * <pre>
 * formula    := '='? comparison
 * comparison := concat (('=' | '&lt;&gt;' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=') concat)*
 * concat     := additive ('&amp;' additive)*
 * additive   := term (('+' | '-') term)*
 * term       := power (('*' | '/') power)*
 * power      := percent ('^' percent)*
 * percent    := unary '%'*
 * unary      := ('-' | '+') unary | primary
 * primary    := number | text | TRUE | FALSE | name | reference | range | name '(' args ')' | '(' comparison ')'
 *             | '{' element (',' element)* (';' element (',' element)*)* '}'
 * </pre>
 */
public final class ExcelFormulaParser {
    private final String text;
    private final ExcelReferences refs;
    private int at;
    private int depth;
    /** Excel allows 64 nested functions; deeper text is refused rather than risking the stack. */
    private static final int MAX_DEPTH = 256;
    private static final java.util.regex.Pattern WHOLE_COLUMN = java.util.regex.Pattern.compile("\\$?[A-Za-z]{1,3}");
    private static final java.util.regex.Pattern WHOLE_ROW = java.util.regex.Pattern.compile("\\$?[1-9][0-9]{0,6}");

    private ExcelFormulaParser(String text, ExcelReferences refs) {
        this.text = text;
        this.refs = refs;
    }

    public static Expr parse(String formula, ExcelReferences refs) {
        ExcelFormulaParser p = new ExcelFormulaParser(formula, refs);
        p.skipSpaces();
        if (p.peek() == '=') p.at++;
        Expr e = p.comparison();
        p.skipSpaces();
        if (p.at < formula.length()) throw p.error("unexpected '" + formula.charAt(p.at) + "'");
        int depth = Expr.depth(e);
        if (depth > Expr.MAX_DEPTH) {
            throw new ExcelFormulaException("the formula is " + depth + " operations deep, more than the " + Expr.MAX_DEPTH
                    + " flopsheet accepts; split it into several cells", 0);
        }
        return e;
    }

    private Expr comparison() {
        if (++depth > MAX_DEPTH) throw error("the formula nests more than " + MAX_DEPTH + " levels deep");
        try {
            return comparisonLevel();
        } finally {
            depth--;
        }
    }

    private Expr comparisonLevel() {
        Expr left = concatenation();
        while (true) {
            skipSpaces();
            int start = at;
            Expr.BinaryOp op;
            if (take("<>")) op = Expr.BinaryOp.NE;
            else if (take("<=")) op = Expr.BinaryOp.LE;
            else if (take(">=")) op = Expr.BinaryOp.GE;
            else if (take("=")) op = Expr.BinaryOp.EQ;
            else if (take("<")) op = Expr.BinaryOp.LT;
            else if (take(">")) op = Expr.BinaryOp.GT;
            else return left;
            left = new Expr.Binary(op, left, concatenation(), pos(start));
        }
    }

    private Expr concatenation() {
        Expr left = additive();
        while (true) {
            skipSpaces();
            int start = at;
            if (!take("&")) return left;
            left = new Expr.Binary(Expr.BinaryOp.CONCAT, left, additive(), pos(start));
        }
    }

    private Expr additive() {
        Expr left = term();
        while (true) {
            skipSpaces();
            int start = at;
            if (take("+")) left = new Expr.Binary(Expr.BinaryOp.ADD, left, term(), pos(start));
            else if (take("-")) left = new Expr.Binary(Expr.BinaryOp.SUB, left, term(), pos(start));
            else return left;
        }
    }

    private Expr term() {
        Expr left = power();
        while (true) {
            skipSpaces();
            int start = at;
            if (take("*")) left = new Expr.Binary(Expr.BinaryOp.MUL, left, power(), pos(start));
            else if (take("/")) left = new Expr.Binary(Expr.BinaryOp.DIV, left, power(), pos(start));
            else return left;
        }
    }

    private Expr power() {
        Expr left = percent();
        while (true) {
            skipSpaces();
            int start = at;
            if (!take("^")) return left;
            left = new Expr.Binary(Expr.BinaryOp.POW, left, percent(), pos(start));
        }
    }

    private Expr percent() {
        Expr e = unary();
        while (true) {
            skipSpaces();
            int start = at;
            if (!take("%")) return e;
            e = e instanceof Expr.Num n && n.unit() == null
                    ? new Expr.Num(n.value(), n.text(), new UnitExpr.Name("%", pos(start)), n.pos())
                    : new Expr.Binary(Expr.BinaryOp.DIV, e, new Expr.Num(100, "100", null, pos(start)), pos(start));
        }
    }

    private Expr unary() {
        skipSpaces();
        int start = at;
        if (take("-") || take("+")) {
            boolean negative = text.charAt(start) == '-';
            if (++depth > MAX_DEPTH) throw error("more than " + MAX_DEPTH + " signs in a row");
            Expr operand = unary();
            depth--;
            return negative ? new Expr.Unary(Expr.UnaryOp.NEG, operand, pos(start)) : operand;
        }
        return primary();
    }

    private Expr primary() {
        skipSpaces();
        int start = at;
        char c = peek();
        if (c == '(') {
            at++;
            Expr inner = comparison();
            skipSpaces();
            if (!take(")")) throw error("expected ')'");
            return inner;
        }
        if (Character.isDigit(c) || (c == '.' && Character.isDigit(peekAt(1)))) return number();
        if (c == '"') return new Expr.Text(text(), pos(start));
        if (c == '{') return arrayConstant();
        if (c == '#') throw error("an error literal in a formula; write the formula that produces it instead");
        if (c == '\'' || Character.isLetter(c) || c == '_' || c == '$' || c == '\\') return nameOrReference(start);
        if (c == '\0') throw error("the formula ends too early");
        throw error("unexpected '" + c + "'");
    }

    /** Text in double quotes, a quote inside doubled. */
    private String text() {
        int start = at;
        at++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (at >= text.length()) throw new ExcelFormulaException("text that is never closed with '\"'", start);
            char ch = text.charAt(at++);
            if (ch == '"') {
                if (peek() != '"') return out.toString();
                at++;
            }
            out.append(ch);
        }
    }

    /** {@code {1,2;3,4}}: numbers (signed), text and logicals; ',' between columns, ';' between rows. */
    private Expr arrayConstant() {
        int open = at++;
        List<List<Expr>> rows = new ArrayList<>();
        List<Expr> row = new ArrayList<>();
        while (true) {
            row.add(arrayElement());
            skipSpaces();
            if (take(",")) continue;
            boolean end = peek() == '}';
            if (!end && peek() != ';') throw error("expected ',', ';' or '}' in the array constant");
            at++;
            if (!rows.isEmpty() && row.size() != rows.get(0).size()) throw new ExcelFormulaException("the rows of the array constant differ in length", open);
            rows.add(List.copyOf(row));
            row = new ArrayList<>();
            if (end) return new Expr.ArrayOf(List.copyOf(rows), null, pos(open));
        }
    }

    private Expr arrayElement() {
        skipSpaces();
        int start = at;
        char c = peek();
        if (c == '"') return new Expr.Text(text(), pos(start));
        if (c == '-' || c == '+') {
            at++;
            if (!Character.isDigit(peek()) && peek() != '.') throw error("expected a number after the sign");
            Expr n = number();
            return c == '-' ? new Expr.Unary(Expr.UnaryOp.NEG, n, pos(start)) : n;
        }
        if (Character.isDigit(c) || c == '.') return number();
        for (String logical : new String[] {"TRUE", "FALSE"}) {
            if (text.regionMatches(true, at, logical, 0, logical.length())) {
                at += logical.length();
                return new Expr.Bool(logical.equals("TRUE"), pos(start));
            }
        }
        if (c == '#') throw error("an error literal in an array constant; flopsheet arrays hold numbers, text and logicals");
        throw error("an array constant holds numbers, text and TRUE/FALSE only");
    }

    private Expr number() {
        int start = at;
        while (Character.isDigit(peek())) at++;
        if (peek() == '.') {
            at++;
            while (Character.isDigit(peek())) at++;
        }
        if ((peek() == 'E' || peek() == 'e') && (Character.isDigit(peekAt(1))
                || ((peekAt(1) == '+' || peekAt(1) == '-') && Character.isDigit(peekAt(2))))) {
            at += 2;
            while (Character.isDigit(peek())) at++;
        }
        String t = text.substring(start, at);
        return new Expr.Num(Double.parseDouble(t), tidyNumber(t), null, pos(start));
    }

    /** 3E+25 as the DSL writes it: 3e25 (the same double). */
    private static String tidyNumber(String t) {
        return t.replace("E+", "e").replace("E", "e");
    }

    private Expr nameOrReference(int start) {
        String sheet = null;
        if (peek() == '\'') {
            sheet = quotedSheet();
        }
        int wordStart = at;
        while (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '.' || peek() == '$' || peek() == '\\') at++;
        String word = text.substring(wordStart, at);
        if (sheet == null && peek() == '!') {
            sheet = word;
        }
        if (sheet != null) {
            if (!take("!")) throw error("expected '!' after the sheet name");
            int refStart = at;
            while (Character.isLetterOrDigit(peek()) || peek() == '$' || peek() == '_' || peek() == '.') at++;
            return reference(sheet, text.substring(refStart, at), refStart);
        }
        skipSpaces();
        if (peek() == '(') {
            at++;
            return call(word, start);
        }
        if (peek() == ':' && (WHOLE_COLUMN.matcher(word).matches() || WHOLE_ROW.matcher(word).matches())) {
            return intersection(span(null, word, wordStart), wordStart);
        }
        String upper = word.toUpperCase(Locale.ROOT);
        if (upper.equals("TRUE") || upper.equals("FALSE")) return new Expr.Bool(upper.equals("TRUE"), pos(start));
        if (CellAddress.parse(word) != null) return reference(null, word, wordStart);
        String quantity = refs.definedName(word);
        if (quantity == null) {
            throw new ExcelFormulaException("the name '" + word + "' is not a quantity of this model", wordStart);
        }
        return new Expr.Ref(quantity, pos(wordStart));
    }

    private String quotedSheet() {
        int start = at;
        at++;
        StringBuilder name = new StringBuilder();
        while (true) {
            if (at >= text.length()) throw new ExcelFormulaException("unterminated sheet name", start);
            char ch = text.charAt(at++);
            if (ch == '\'') {
                if (peek() == '\'') { name.append('\''); at++; }
                else break;
            } else {
                name.append(ch);
            }
        }
        return name.toString();
    }

    private Expr reference(String sheet, String address, int start) {
        CellAddress cell = CellAddress.parse(address);
        if (cell == null && peek() == ':' && (WHOLE_COLUMN.matcher(address).matches() || WHOLE_ROW.matcher(address).matches())) {
            return intersection(span(sheet, address, start), start);
        }
        if (cell == null) {
            String quantity = refs.definedName(address); // a sheet-qualified name: finveden!p
            if (quantity == null) throw new ExcelFormulaException("'" + sheet + "!" + address + "' is not a quantity of this model", start);
            return new Expr.Ref(quantity, pos(start));
        }
        if (peek() == ':') return intersection(span(sheet, address, start), start);
        return cellRef(sheet, cell, isAbsolute(address), start);
    }

    /** A range from its first end, which has just been read: {@code B2:C9}, whole columns {@code A:C}, whole rows {@code $1:$3}. */
    private Span span(String sheet, String first, int start) {
        if (!take(":")) throw new ExcelFormulaException("expected ':' in the range", at);
        int toStart = at;
        while (Character.isLetterOrDigit(peek()) || peek() == '$') at++;
        String second = text.substring(toStart, at);
        CellAddress from = CellAddress.parse(first), to = CellAddress.parse(second);
        if (from == null && to == null && WHOLE_COLUMN.matcher(first).matches() && WHOLE_COLUMN.matcher(second).matches()) {
            from = CellAddress.parse(first + "1");
            to = CellAddress.parse(second + "1048576");
        } else if (from == null && to == null && WHOLE_ROW.matcher(first).matches() && WHOLE_ROW.matcher(second).matches()) {
            from = CellAddress.parse("A" + first.replace("$", ""));
            to = CellAddress.parse("XFD" + second.replace("$", ""));
        }
        if (from == null || to == null) throw new ExcelFormulaException("expected the end of the range", toStart);
        return new Span(sheet, new CellAddress(Math.min(from.column(), to.column()), Math.min(from.row(), to.row())),
                new CellAddress(Math.max(from.column(), to.column()), Math.max(from.row(), to.row())),
                isAbsolute(first) && isAbsolute(second));
    }

    /**
     * A range where one value is expected, in a formula that is not an array formula: Excel takes the cell of
     * the range in the formula's own row (a column range) or column (a row range), its implicit intersection.
     */
    private Expr intersection(Span span, int start) {
        CellAddress host = refs.host();
        if (host == null) throw new ExcelFormulaException("a range (" + span + ") can only stand inside a function such as SUM", start);
        CellAddress cell;
        if (span.from().column() == span.to().column() && host.row() >= span.from().row() && host.row() <= span.to().row()) {
            cell = new CellAddress(span.from().column(), host.row());
        } else if (span.from().row() == span.to().row() && host.column() >= span.from().column() && host.column() <= span.to().column()) {
            cell = new CellAddress(host.column(), span.from().row());
        } else {
            throw new ExcelFormulaException("the range " + span + " stands where one value is expected and meets neither the row nor"
                    + " the column of " + host + ", so Excel gives #VALUE!; write the cell meant", start);
        }
        return cellRef(span.sheet(), cell, false, start);
    }

    /** Whether an A1 address is anchored in both its column and its row: {@code $B$7}. */
    private static boolean isAbsolute(String address) {
        return address.matches("\\$[A-Za-z]+\\$[0-9]+");
    }

    private Expr.Ref cellRef(String sheet, CellAddress cell, boolean absolute, int start) {
        String quantity = absolute ? refs.absoluteCell(sheet, cell.column(), cell.row()) : refs.cell(sheet, cell.column(), cell.row());
        if (quantity == null) {
            throw new ExcelFormulaException("the cell " + (sheet == null ? "" : sheet + "!") + cell
                    + " holds no quantity of this model", start);
        }
        return new Expr.Ref(quantity, pos(start));
    }

    /** A range as written in a formula, its ends ordered top-left to bottom-right. */
    private record Span(String sheet, CellAddress from, CellAddress to, boolean absolute) {
        @Override
        public String toString() { return (sheet == null ? "" : sheet + "!") + from + ":" + to; }
    }

    /** Excel's union of references, {@code (a,B6:B7)}, as one list argument: its parts, each an expression or {@link Cells}. */
    private record Union(List<Object> parts, int start) {}

    /**
     * Whether a range's cells may stand as separate arguments: only for a function whose list is a
     * repeating parameter of numbers (SUM(A1:A3) is SUM(a1, a2, a3)). Elsewhere (INDEX, MATCH, SUMPRODUCT,
     * SUMIF ...) a range is one array, and spreading it into arguments would compute something else.
     */
    private static boolean readsRangesAsLists(ExcelFunction f) {
        return f.parameters().stream().anyMatch(p -> p.repeats() && p.takesList());
    }

    /** An argument that is a range or a lone cell reference, read once the function's parameter for it is known. */
    private record Cells(Span span, boolean lone, int start) {}

    private Expr call(String name, int start) {
        ExcelFunction f = FunctionLibrary.lookup(name);
        if (f == null) throw new ExcelFormulaException("the function " + name + " is not supported by flopsheet", start);
        List<Object> written = new ArrayList<>();
        skipSpaces();
        if (!take(")")) {
            do {
                written.add(readsRangesAsLists(f) && peek() == '(' ? union() : argument());
                skipSpaces();
            } while (take(","));
            if (!take(")")) throw error("expected ')' to close " + name + "(");
        }
        int end = at;
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            switch (written.get(i)) {
                case Expr e -> args.add(e);
                case Cells c -> args.addAll(cells(f, f.whyNot(written.size()) == null ? f.parameterAt(i, written.size()) : null, c));
                case Union u -> {
                    for (Object part : u.parts()) {
                        List<Expr> read = part instanceof Cells c ? each(c) : List.of((Expr) part);
                        for (Expr e : read) {
                            if (!(e instanceof Expr.Ref)) throw new ExcelFormulaException("a union (a,b,c) joins references only", u.start());
                        }
                        args.addAll(read);
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        at = end;
        String wrongCount = f.whyNot(args.size());
        if (wrongCount != null) throw new ExcelFormulaException(wrongCount, start);
        return new Expr.Call(f.name(), List.copyOf(args), pos(start));
    }

    /**
     * What a range or lone reference stands for in {@code p}: every cell, as separate arguments, where the
     * function takes a list of values (SUM(A1:A3) is SUM(a1, a2, a3), and a lone reference is a range of one
     * cell there, as Excel reads it); elsewhere a lone reference is its cell and a range the cell of its
     * implicit intersection, except where a function takes a whole range or array (INDEX, MATCH, SUMIF ...),
     * which a list of cells would not mean.
     */
    private List<Expr> cells(ExcelFunction f, Parameter p, Cells c) {
        boolean list = p == null ? f.maxArgs() == ExcelFunction.VARIADIC : p.repeats() && p.kind() != Parameter.Kind.ANY;
        if (c.lone() && !list) {
            at = c.start();
            return List.of(comparison());
        }
        Span s = c.span();
        if (s.from().row() != s.to().row() && s.from().column() != s.to().column() && !refs.allowsAreas()) {
            throw new ExcelFormulaException("only one-row or one-column ranges can be read back", c.start());
        }
        if (list) return each(c);
        if (p != null && (p.name().endsWith("array") || p.name().endsWith("range"))) {
            throw new ExcelFormulaException("a range in " + f.name() + " cannot be read back: flopsheet reads a range only"
                    + " where a function takes a list of numbers (SUM, AVERAGE, MAX ...); give the cells a name or write the values", c.start());
        }
        return List.of(intersection(c.span(), c.start()));
    }

    /** Every cell of a range (or the one cell of a lone reference), row by row, those a list leaves out left out. */
    private List<Expr> each(Cells c) {
        Span s = c.span();
        if (s.from().row() != s.to().row() && s.from().column() != s.to().column() && !refs.allowsAreas()) {
            throw new ExcelFormulaException("only one-row or one-column ranges can be read back", c.start());
        }
        List<Expr> cells = new ArrayList<>();
        for (int r = s.from().row(); r <= s.to().row(); r++) {
            for (int col = s.from().column(); col <= s.to().column(); col++) {
                if (refs.skippedInRange(s.sheet(), col, r)) continue;
                cells.add(cellRef(s.sheet(), new CellAddress(col, r), s.absolute(), c.start()));
            }
        }
        return cells;
    }

    /** One argument (an empty one is Excel's 0), or a range or lone cell reference, for {@link #cells} to read. */
    private Object argument() {
        skipSpaces();
        int start = at;
        if (peek() == ',' || peek() == ')') return new Expr.Missing(pos(start));
        String sheet = null;
        if (peek() == '\'') sheet = quotedSheet();
        int save = at;
        while (Character.isLetterOrDigit(peek()) || peek() == '$' || peek() == '_') at++;
        String first = text.substring(save, at);
        if (sheet == null && peek() == '!') {
            sheet = first;
            at++;
            save = at;
            while (Character.isLetterOrDigit(peek()) || peek() == '$') at++;
            first = text.substring(save, at);
        }
        boolean address = CellAddress.parse(first) != null;
        if (peek() == ':' && (address || WHOLE_COLUMN.matcher(first).matches() || WHOLE_ROW.matcher(first).matches())) {
            Span span = span(sheet, first, start);
            if (argumentEndsHere()) return new Cells(span, false, start);
        } else if (address && argumentEndsHere()) {
            CellAddress cell = CellAddress.parse(first);
            return new Cells(new Span(sheet, cell, cell, isAbsolute(first)), true, start);
        }
        at = start;
        return comparison();
    }

    /**
     * Excel's union of references as one list argument, {@code LARGE((a,b,c),2)}; when the parentheses hold
     * a single expression, that expression as an argument.
     */
    private Object union() {
        int start = at;
        at++;
        List<Object> parts = new ArrayList<>();
        parts.add(argument());
        skipSpaces();
        if (peek() != ',') {
            at = start;
            return argument();
        }
        while (take(",")) {
            parts.add(argument());
            skipSpaces();
        }
        if (!take(")")) throw error("expected ')' to close the union that starts here");
        return new Union(parts, start);
    }

    private boolean argumentEndsHere() {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ')');
    }

    private boolean take(String s) {
        if (text.startsWith(s, at)) {
            at += s.length();
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
    }

    private char peek() { return at < text.length() ? text.charAt(at) : '\0'; }

    private char peekAt(int ahead) { return at + ahead < text.length() ? text.charAt(at + ahead) : '\0'; }

    private static Pos pos(int offset) { return new Pos(1, offset + 1, offset); }

    private ExcelFormulaException error(String message) { return new ExcelFormulaException(message, at); }
}
