package org.flopsheet.engine.dsl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.flopsheet.engine.units.UnitRegistry;

/**
 * Recursive-descent parser for .flop files: one method per statement kind and per precedence level.
 *
 * <pre>
 * statement   := sheet | note | input? NAME '=' expression unit? bound* STRING? | scenarios | scenario | grid | table | unit | correlate
 * bound       := ',' ('&gt;=' | '&gt;' | '&lt;=' | '&lt;') expression      -- inputs only: input share = 40 %, &gt;= 0, &lt;= 100 %
 * scenarios   := 'scenarios' axis          grid := 'grid' axis (';' axis)*
 * axis        := NAME '=' expression (',' expression)*
 * expression  := concat (('=' | '==' | '&lt;&gt;' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=') concat)?
 * concat      := additive ('&amp;' additive)*         -- text joining binds looser than + and -, as in Excel
 * additive    := multiplicative (('+' | '-') multiplicative)*
 * multiplicative := unary (('*' | '/') unary)*
 * unary       := ('-' | '+') unary | power          -- so -2^2 is -(2^2) = -4, as in mathematics
 * power       := primary ('^' unary)?               -- right-associative: 2^3^2 = 2^9
 * primary     := NUMBER unit? | STRING | TRUE | FALSE | NAME | NAME '(' arguments ')' | '(' expression ')'
 *              | '{' element (',' element)* (';' element (',' element)*)* '}' unit?
 * element     := ('-' | '+')? NUMBER | STRING | TRUE | FALSE
 * arguments   := argument (',' argument)*     -- an argument may be left empty: ROUND(x,)
 * </pre>
 *
 * A unit after a number belongs to the number ({@code 48 GB}); a unit after a whole formula is the
 * quantity's declared unit. Unit names and quantity names live apart: inside a number's unit,
 * {@code /h} continues the unit only if {@code h} is a unit and not a quantity of this sheet.
 */
public final class Parser {
    private static final Set<String> KEYWORDS = Set.of("sheet", "note", "input", "scenarios", "scenario", "grid", "unit", "correlate", "table");

    private final SourceFile file;
    private final List<Token> tokens;
    private final Predicate<String> isUnitName;
    private final Set<String> quantityNames = new HashSet<>();
    private final Set<String> declaredUnits = new HashSet<>();
    private final List<FlopError> lexErrors;
    private int current = 0;
    /** How deeply the formula being read nests; bounded so that no input can overflow the stack. */
    private int depth = 0;
    private static final int MAX_DEPTH = 256;
    private static final int MAX_UNIT_EXPONENT = 64;

    /** @param isUnitName tells whether a name is a built-in unit (prefixed forms included). */
    public Parser(SourceFile file, Predicate<String> isUnitName) {
        this.file = file;
        Lexer lexer = new Lexer(file);
        this.tokens = lexer.tokens();
        this.lexErrors = lexer.errors();
        this.isUnitName = isUnitName;
        prescanNames();
    }

    /** Parses {@code text} as a lone unit expression such as {@code PFLOP/s*day}. */
    public static UnitExpr parseUnit(SourceFile text, Predicate<String> isUnitName) {
        Parser p = new Parser(text, isUnitName);
        if (!p.lexErrors.isEmpty()) throw p.lexErrors.get(0);
        UnitExpr unit = p.unitExpression();
        p.endOfStatement();
        if (!p.check(TokenType.EOF)) throw p.error(p.peek(), "unexpected " + describe(p.peek()) + " after the unit", "write one unit, e.g. PFLOP/s*day");
        return unit;
    }

    /** Parses {@code text} as a lone value expression such as {@code 4 month} or {@code 3e27}. */
    public static Expr parseValue(SourceFile text, Predicate<String> isUnitName) {
        Parser p = new Parser(text, isUnitName);
        if (!p.lexErrors.isEmpty()) throw p.lexErrors.get(0);
        Expr value = p.range(p.formula());
        p.endOfStatement();
        if (!p.check(TokenType.EOF)) throw p.error(p.peek(), "unexpected " + describe(p.peek()) + " after the value", "write one value, e.g. 3e27 or 4 month");
        return value;
    }

    /** Every statement; a file with errors throws them all at once ({@link CompileErrors}). */
    public List<Decl> parse() {
        Parsed parsed = parseRecovering();
        if (!parsed.errors().isEmpty()) throw CompileErrors.of(parsed.errors(), parsed.errors().size() >= CompileErrors.LIMIT);
        return parsed.decls();
    }

    /**
     * The statements that parse, the errors of those that do not (one per line, in file order), and the
     * quantities those define: a compiler that goes on must not report their uses as undefined (a name
     * ending in '_' stands for the columns of a table that did not parse).
     */
    public record Parsed(List<Decl> decls, List<FlopError> errors, Set<String> brokenNames) {}

    /** Parses statement by statement: after an error, reading starts again at the next line. */
    public Parsed parseRecovering() {
        List<Decl> decls = new ArrayList<>();
        List<FlopError> errors = new ArrayList<>(lexErrors);
        Set<Integer> linesWithErrors = new HashSet<>();
        for (FlopError e : lexErrors) linesWithErrors.add(e.line());
        Set<String> broken = new HashSet<>();
        while (!check(TokenType.EOF) && errors.size() < CompileErrors.LIMIT) {
            if (match(TokenType.NEWLINE)) continue;
            int start = current;
            try {
                decls.add(statement());
            } catch (FlopError e) {
                if (linesWithErrors.add(e.line())) errors.add(e);
                String name = definedName(start);
                if (name != null) broken.add(name);
                skipStatement(start);
            }
        }
        errors.sort(java.util.Comparator.comparingInt(FlopError::line).thenComparingInt(FlopError::column));
        return new Parsed(decls, errors, broken);
    }

    /** The quantity a statement starting at token {@code start} defines ({@code [input] NAME =}), or null. */
    private String definedName(int start) {
        int i = tokens.get(start).is(TokenType.IDENT) && tokens.get(start).text().equals("input") ? start + 1 : start;
        if (i + 1 < tokens.size() && tokens.get(i).is(TokenType.IDENT) && tokens.get(i + 1).is(TokenType.ASSIGN)) return tokens.get(i).text();
        if (tokens.get(start).is(TokenType.IDENT) && tokens.get(start).text().equals("table") && tokens.get(start + 1).is(TokenType.IDENT)) {
            return tokens.get(start + 1).text() + "_"; // the table's columns are named table_column
        }
        return null;
    }

    /** Past the statement that failed: to the end of its line, or past the 'end' of a table. */
    private void skipStatement(int start) {
        boolean table = tokens.get(start).is(TokenType.IDENT) && tokens.get(start).text().equals("table") && !tokens.get(start + 1).is(TokenType.ASSIGN);
        while (!check(TokenType.EOF)) {
            if (table) {
                if (check(TokenType.IDENT) && peek().text().equals("end") && previous().is(TokenType.NEWLINE)) { advance(); return; }
            } else if (check(TokenType.NEWLINE)) {
                return;
            }
            advance();
        }
    }

    // ---- statements ----

    private Decl statement() {
        Token first = peek();
        boolean keyword = first.is(TokenType.IDENT) && KEYWORDS.contains(first.text())
                && !peekAt(1).is(TokenType.ASSIGN);
        Decl decl = !keyword ? definition(false, first.pos()) : switch (first.text()) {
            case "sheet" -> sheetHeader();
            case "note" -> note();
            case "input" -> { advance(); yield definition(true, first.pos()); }
            case "scenarios" -> sweep();
            case "scenario" -> scenario();
            case "grid" -> grid();
            case "unit" -> unitDecl();
            case "correlate" -> correlation();
            case "table" -> table();
            default -> throw new IllegalStateException(first.text());
        };
        endOfStatement();
        return decl;
    }

    private Decl sheetHeader() {
        Token kw = advance();
        Token name = expect(TokenType.IDENT, "a sheet name after 'sheet'", "write: sheet finveden \"Title of the sheet\"");
        String title = match(TokenType.STRING) ? previous().text() : null;
        return new Decl.SheetHeader(name.text(), title, kw.pos());
    }

    private Decl note() {
        Token kw = advance();
        Token text = expect(TokenType.STRING, "the note's text in double quotes", "write: note \"what this is and why\"");
        return new Decl.Note(text.text(), kw.pos(), new Span(text.pos().offset(), text.end()));
    }

    private Decl definition(boolean input, Pos start) {
        Token name = peek();
        if (!name.is(TokenType.IDENT)) {
            throw error(name, "expected a quantity definition, found " + describe(name),
                    "a line defines a quantity ('name = formula'), an input ('input name = value'), or is sheet/note/scenarios/scenario/unit");
        }
        advance();
        Token eq = peek();
        if (!eq.is(TokenType.ASSIGN)) {
            throw error(eq, "expected '=' after '" + name.text() + "', found " + describe(eq),
                    "define a quantity as: " + name.text() + " = formula [unit] [\"label\"]");
        }
        advance();
        int exprStart = peek().pos().offset();
        Expr expr = range(formula());
        Span exprSpan = new Span(exprStart, previous().end());
        UnitExpr unit = null;
        Span unitSpan = null;
        if (check(TokenType.IDENT) || check(TokenType.PERCENT) || startsReciprocalUnit() || startsDimensionlessUnit()) {
            if (check(TokenType.IDENT) && peekAt(1).is(TokenType.LPAREN)) {
                throw error(peek(), "unexpected function call after the formula",
                        "join the parts with an operator such as '*' or '+'");
            }
            int unitStart = peek().pos().offset();
            unit = unitExpression();
            unitSpan = new Span(unitStart, previous().end());
        }
        if (unit == null) rejectAmbiguousUnit(expr, name.text());
        List<Decl.Bound> bounds = bounds(input, name);
        String label = null;
        Span labelSpan = null;
        if (match(TokenType.STRING)) {
            label = previous().text();
            labelSpan = new Span(previous().pos().offset(), previous().end());
        }
        return new Decl.Definition(input, name.text(), expr, unit, label, start, name.pos(), exprSpan, unitSpan,
                labelSpan, previous().end(), bounds);
    }

    /** {@code , >= 0, <= 100 %} after an input's value: its bounds, each a comparison with a constant. */
    private List<Decl.Bound> bounds(boolean input, Token name) {
        List<Decl.Bound> bounds = new ArrayList<>();
        while (check(TokenType.COMMA)) {
            Token comma = advance();
            Token op = peek();
            Expr.BinaryOp comparison = switch (op.type()) {
                case GE -> Expr.BinaryOp.GE;
                case GT -> Expr.BinaryOp.GT;
                case LE -> Expr.BinaryOp.LE;
                case LT -> Expr.BinaryOp.LT;
                default -> throw error(op, "expected a bound such as '>= 0' after ',', found " + describe(op),
                        "bound an input as: input share = 40 %, >= 0, <= 100 %");
            };
            if (!input) {
                throw error(comma, "'" + name.text() + "' is a formula; bounds are declared on inputs",
                        "declare the bound on the inputs it comes from, or make '" + name.text() + "' an input");
            }
            advance();
            int valueStart = peek().pos().offset();
            Expr value = formula();
            bounds.add(new Decl.Bound(comparison, value, op.pos(), new Span(valueStart, previous().end())));
        }
        return bounds;
    }

    /**
     * <pre>
     * table gpus "Accelerators"
     *   name   | peak TFLOP/s | memory GB
     *   "A100" | 312          | 80
     *   "H100" | 989          | 80
     * end
     * </pre>
     */
    private Decl table() {
        Token kw = advance();
        Token name = expect(TokenType.IDENT, "the table's name after 'table'", "write: table gpus \"Accelerators\"");
        String label = match(TokenType.STRING) ? previous().text() : null;
        expect(TokenType.NEWLINE, "the end of the line after the table's name", "put the header of columns on the next line");
        while (match(TokenType.NEWLINE)) { }
        List<Token> columns = new ArrayList<>();
        List<UnitExpr> units = new ArrayList<>();
        List<Span> unitSpans = new ArrayList<>();
        do {
            Token column = expect(TokenType.IDENT, "a column name", "the header names each column, with its unit: name | peak TFLOP/s | memory GB");
            columns.add(column);
            if (check(TokenType.PIPE) || check(TokenType.NEWLINE)) {
                units.add(null);
                unitSpans.add(null);
            } else {
                int unitStart = peek().pos().offset();
                units.add(unitExpression());
                unitSpans.add(new Span(unitStart, previous().end()));
            }
        } while (match(TokenType.PIPE));
        expect(TokenType.NEWLINE, "'|' or the end of the header line", "separate the columns with '|'");
        List<List<Expr>> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) cells.add(new ArrayList<>());
        while (true) {
            if (match(TokenType.NEWLINE)) continue;
            if (check(TokenType.IDENT) && peek().text().equals("end")) { advance(); break; }
            if (check(TokenType.EOF)) throw error(kw, "the table '" + name.text() + "' has no 'end'", "close the table with a line 'end'");
            Token rowStart = peek();
            List<Expr> row = new ArrayList<>();
            do row.add(arrayElement()); while (match(TokenType.PIPE));
            if (row.size() != columns.size()) {
                throw error(rowStart, "this row has " + row.size() + " cells, the header " + columns.size() + " columns",
                        "give every row one value per column, separated by '|'");
            }
            for (int c = 0; c < row.size(); c++) cells.get(c).add(row.get(c));
            if (!check(TokenType.EOF)) expect(TokenType.NEWLINE, "'|' or the end of the row", "separate the cells with '|'");
        }
        if (cells.get(0).isEmpty()) throw error(name, "the table '" + name.text() + "' has no rows", "add rows of values below the header");
        List<Decl.Definition> definitions = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Token column = columns.get(c);
            List<List<Expr>> rows = cells.get(c).stream().map(List::of).toList();
            Span at = new Span(column.pos().offset(), column.end());
            definitions.add(new Decl.Definition(true, name.text() + "_" + column.text(), new Expr.ArrayOf(rows, null, column.pos()),
                    units.get(c), (label != null ? label + ": " : "") + column.text(), kw.pos(), column.pos(), at,
                    unitSpans.get(c), null, at.end(), List.of()));
        }
        return new Decl.Table(name.text(), label, List.copyOf(definitions), kw.pos());
    }

    private Decl sweep() {
        return axis(advance(), "scenarios");
    }

    private Decl grid() {
        Token kw = advance();
        List<Decl.Sweep> axes = new ArrayList<>();
        do {
            axes.add(axis(kw, "grid"));
        } while (match(TokenType.SEMICOLON));
        return new Decl.Grid(List.copyOf(axes), kw.pos());
    }

    /** {@code NAME = value, value, ...}: the values one input takes, after 'scenarios' or between a grid's semicolons. */
    private Decl.Sweep axis(Token kw, String keyword) {
        String example = keyword.equals("grid") ? "grid training_flop = 3e25, 3e27; duration = 1e7, 2e7" : "scenarios training_flop = 3e25, 3e27, 3e29";
        Token input = expect(TokenType.IDENT, "the input to vary after '" + keyword + "'", "write: " + example);
        expect(TokenType.ASSIGN, "'=' after '" + input.text() + "'", "write: " + keyword + " " + input.text() + " = value, value, ...");
        List<Expr> values = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        do {
            int valueStart = peek().pos().offset();
            values.add(formula());
            spans.add(new Span(valueStart, previous().end()));
        } while (match(TokenType.COMMA));
        return new Decl.Sweep(input.text(), input.pos(), values, spans, kw.pos());
    }

    private Decl scenario() {
        Token kw = advance();
        Token name = peek();
        if (!name.is(TokenType.STRING) && !name.is(TokenType.IDENT)) {
            throw error(name, "expected the scenario's name after 'scenario'", "write: scenario \"7B\" N = 7e9, D = 140e9");
        }
        advance();
        match(TokenType.COLON);
        List<Decl.Setting> settings = new ArrayList<>();
        do {
            Token input = expect(TokenType.IDENT, "an input name", "write: scenario \"name\" input = value, other_input = value");
            expect(TokenType.ASSIGN, "'=' after '" + input.text() + "'", "write: " + input.text() + " = value");
            int valueStart = peek().pos().offset();
            Expr value = formula();
            settings.add(new Decl.Setting(input.text(), value, input.pos(), new Span(valueStart, previous().end())));
        } while (match(TokenType.COMMA));
        return new Decl.Scenario(name.text(), settings, kw.pos(), previous().end());
    }

    private Decl unitDecl() {
        Token kw = advance();
        Token name = expect(TokenType.IDENT, "the new unit's name after 'unit'", "write: unit GPU, or unit A100_hour = 3600 s*GPU");
        double factor = 1;
        UnitExpr definition = null;
        if (match(TokenType.ASSIGN)) {
            if (check(TokenType.NUMBER)) {
                Token n = advance();
                factor = number(n);
                if (check(TokenType.IDENT) || check(TokenType.PERCENT) || check(TokenType.LPAREN)) {
                    match(TokenType.STAR);
                    definition = unitExpression();
                }
            } else {
                definition = unitExpression();
            }
        }
        String description = match(TokenType.STRING) ? previous().text() : null;
        return new Decl.UnitDecl(name.text(), factor, definition, description, kw.pos());
    }

    /** {@code correlate a, b = 0.6}: the rank correlation of two uncertain inputs. */
    private Decl correlation() {
        Token kw = advance();
        String hint = "write: correlate training_flop, duration = 0.6 (a rank correlation between -1 and 1)";
        Token first = expect(TokenType.IDENT, "an uncertain input after 'correlate'", hint);
        expect(TokenType.COMMA, "',' between the two inputs", hint);
        Token second = expect(TokenType.IDENT, "a second uncertain input", hint);
        expect(TokenType.ASSIGN, "'=' and the rank correlation", hint);
        int valueStart = peek().pos().offset();
        Expr value = expression();
        return new Decl.Correlation(first.text(), first.pos(), second.text(), second.pos(), value,
                new Span(valueStart, previous().end()), kw.pos());
    }

    /**
     * An expression, or a range {@code low to high}: the distribution whose 5th and 95th percentiles
     * are low and high. It becomes a call of {@code to} that only an input's definition accepts.
     */
    private Expr rangeOrExpression() {
        return range(expression());
    }

    /** {@code low}, or the range {@code low to high} when 'to' follows it. */
    private Expr range(Expr low) {
        if (!check(TokenType.IDENT) || !peek().text().equals("to") || quantityNames.contains("to")) return low;
        Token to = advance();
        Expr high = formula();
        return new Expr.Call("to", List.of(low, high), to.pos());
    }

    private void endOfStatement() {
        Token t = peek();
        if (t.is(TokenType.NEWLINE)) { advance(); return; }
        if (t.is(TokenType.EOF)) return;
        String hint = t.is(TokenType.STRING)
                ? "a definition takes one label; put longer text on its own 'note \"...\"' line below it"
                : "put one statement per line, and join the parts of a formula with an operator";
        throw error(t, "unexpected " + describe(t) + " at the end of the statement", hint);
    }

    // ---- expressions, loosest first ----

    /** A whole formula, no deeper than every later stage can walk. */
    private Expr formula() {
        Token start = peek();
        Expr e = expression();
        int depth = Expr.depth(e);
        if (depth > Expr.MAX_DEPTH) {
            throw error(start, "the formula is " + depth + " operations deep, more than the " + Expr.MAX_DEPTH + " flopsheet accepts",
                    "split it into named quantities, each a part of the whole");
        }
        return e;
    }

    private Expr expression() {
        Token start = peek();
        if (++depth > MAX_DEPTH) {
            throw error(start, "the formula nests more than " + MAX_DEPTH + " levels deep",
                    "split it into named quantities (Excel itself allows 64 nested functions)");
        }
        try {
            return comparison();
        } finally {
            depth--;
        }
    }

    private Expr comparison() {
        Expr left = concatenation();
        Expr.BinaryOp op = switch (peek().type()) {
            case ASSIGN, EQ -> Expr.BinaryOp.EQ;
            case NE -> Expr.BinaryOp.NE;
            case LT -> Expr.BinaryOp.LT;
            case LE -> Expr.BinaryOp.LE;
            case GT -> Expr.BinaryOp.GT;
            case GE -> Expr.BinaryOp.GE;
            default -> null;
        };
        if (op == null) return left;
        Token opToken = advance();
        Expr right = concatenation();
        return new Expr.Binary(op, left, right, opToken.pos());
    }

    private Expr concatenation() {
        Expr left = additive();
        while (check(TokenType.AMPERSAND)) {
            Token op = advance();
            left = new Expr.Binary(Expr.BinaryOp.CONCAT, left, additive(), op.pos());
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (check(TokenType.PLUS) || check(TokenType.MINUS)) {
            Token op = advance();
            Expr right = multiplicative();
            left = new Expr.Binary(op.is(TokenType.PLUS) ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUB, left, right, op.pos());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (check(TokenType.STAR) || check(TokenType.SLASH)) {
            Token op = advance();
            Expr right = unary();
            left = new Expr.Binary(op.is(TokenType.STAR) ? Expr.BinaryOp.MUL : Expr.BinaryOp.DIV, left, right, op.pos());
        }
        return left;
    }

    private Expr unary() {
        if (check(TokenType.MINUS) || check(TokenType.PLUS)) {
            Token op = advance();
            if (++depth > MAX_DEPTH) throw error(op, "more than " + MAX_DEPTH + " signs in a row", "write the sign once");
            Expr operand = unary();
            depth--;
            return new Expr.Unary(op.is(TokenType.MINUS) ? Expr.UnaryOp.NEG : Expr.UnaryOp.PLUS, operand, op.pos());
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (check(TokenType.CARET)) {
            Token op = advance();
            Expr exponent = unary();
            return new Expr.Binary(Expr.BinaryOp.POW, base, exponent, op.pos());
        }
        return base;
    }

    private Expr primary() {
        Token t = peek();
        switch (t.type()) {
            case NUMBER -> {
                advance();
                double value = number(t);
                UnitExpr unit = startsLiteralUnit() ? literalUnit() : null;
                return new Expr.Num(value, t.text(), unit, t.pos());
            }
            case STRING -> {
                advance();
                return new Expr.Text(t.text(), t.pos());
            }
            case LBRACE -> {
                return arrayConstant();
            }
            case IDENT -> {
                advance();
                if (match(TokenType.LPAREN)) return call(t);
                String upper = t.text().toUpperCase(Locale.ROOT);
                if (upper.equals("TRUE") || upper.equals("FALSE")) return new Expr.Bool(upper.equals("TRUE"), t.pos());
                return new Expr.Ref(t.text(), t.pos());
            }
            case LPAREN -> {
                advance();
                Expr inner = expression();
                closing(t, "add the missing ')'");
                return inner;
            }
            default -> throw error(t, "expected a number, text, a name, '{' or '(' but found " + describe(t),
                    t.is(TokenType.NEWLINE) || t.is(TokenType.EOF) ? "the formula is incomplete: finish it on this line"
                            : "check for a missing operand or a stray operator");
        }
    }

    private Expr call(Token name) {
        List<Expr> args = new ArrayList<>();
        if (!check(TokenType.RPAREN)) {
            do {
                args.add(check(TokenType.COMMA) || check(TokenType.RPAREN) ? new Expr.Missing(peek().pos()) : rangeOrExpression());
            } while (match(TokenType.COMMA));
        }
        closing(name, "separate arguments with ',' and close the call of " + name.text() + " with ')'");
        return new Expr.Call(name.text(), List.copyOf(args), name.pos());
    }

    /** {@code {312, 989; 80, 141}}: rows split by ';', every row as long as the first. */
    private Expr arrayConstant() {
        Token open = advance();
        List<List<Expr>> rows = new ArrayList<>();
        List<Expr> row = new ArrayList<>();
        while (true) {
            row.add(arrayElement());
            if (match(TokenType.COMMA)) continue;
            boolean end = check(TokenType.RBRACE);
            if (!end && !check(TokenType.SEMICOLON)) {
                throw error(peek(), "expected ',', ';' or '}' in the array constant, found " + describe(peek()),
                        "separate elements with ',' and rows with ';', and close the array with '}'");
            }
            if (!rows.isEmpty() && row.size() != rows.get(0).size()) {
                throw error(peek(), "row " + (rows.size() + 1) + " of the array has " + row.size() + " elements, the first row "
                        + rows.get(0).size(), "every row of an array constant has the same length");
            }
            rows.add(List.copyOf(row));
            row = new ArrayList<>();
            advance();
            if (end) break;
        }
        UnitExpr unit = startsLiteralUnit() ? literalUnit() : null;
        return new Expr.ArrayOf(List.copyOf(rows), unit, open.pos());
    }

    private Expr arrayElement() {
        Token t = peek();
        if (t.is(TokenType.MINUS) || t.is(TokenType.PLUS)) {
            advance();
            Token n = expect(TokenType.NUMBER, "a number after the sign", "array constants hold numbers, text and TRUE/FALSE");
            Expr.Num num = new Expr.Num(number(n), n.text(), null, n.pos());
            return t.is(TokenType.MINUS) ? new Expr.Unary(Expr.UnaryOp.NEG, num, t.pos()) : num;
        }
        if (t.is(TokenType.NUMBER)) {
            advance();
            if (startsLiteralUnit()) {
                throw error(peek(), "a unit inside an array constant", "write one unit for the whole array after its '}': {80, 40} GB");
            }
            return new Expr.Num(number(t), t.text(), null, t.pos());
        }
        if (t.is(TokenType.STRING)) { advance(); return new Expr.Text(t.text(), t.pos()); }
        if (t.is(TokenType.IDENT) && (t.text().equalsIgnoreCase("TRUE") || t.text().equalsIgnoreCase("FALSE"))) {
            advance();
            return new Expr.Bool(t.text().equalsIgnoreCase("TRUE"), t.pos());
        }
        throw error(t, "expected a number, text or TRUE/FALSE in the array constant, found " + describe(t),
                "an array constant holds constants only, as in Excel; compute with the whole array instead: {1, 2} * x");
    }

    /**
     * The ')' that closes what {@code opener} opened. Inside parentheses line breaks do not end the
     * statement, so a missing ')' swallows what follows: it is reported at the opener, not at the end of the file.
     */
    private void closing(Token opener, String hint) {
        if (check(TokenType.RPAREN)) { advance(); return; }
        Token found = peek();
        if (found.is(TokenType.EOF) || found.is(TokenType.NEWLINE) || found.pos().line() > opener.pos().line()) {
            throw error(opener, "the '(' " + (opener.is(TokenType.IDENT) ? "of " + opener.text() + " " : "") + "is never closed",
                    hint + (found.is(TokenType.EOF) || found.is(TokenType.NEWLINE) ? " (the text ends first)"
                            : " (found " + describe(found) + " at line " + found.pos().line() + " instead)"));
        }
        throw error(found, "expected ')' to close the '(' at " + opener.pos() + ", found " + describe(found), hint);
    }

    // ---- units ----

    /**
     * In {@code x = a * 2 TFLOP/s} the unit could belong to the 2 or be x's own, and the two readings
     * differ once the formula uses another quantity; the writer must say which, with parentheses.
     */
    private void rejectAmbiguousUnit(Expr expr, String quantity) {
        if (previous().is(TokenType.RPAREN) || previous().is(TokenType.RBRACE) || !usesQuantity(expr)) return;
        if (lastOperand(expr) instanceof Expr.ArrayOf a && a.unit() != null) {
            String unit = UnitExpr.text(a.unit());
            throw new FlopError(file, a.pos(), "is " + unit + " the unit of the array, or of " + quantity + "?",
                    "write ({...} " + unit + ") if it belongs to the array, or " + quantity + " = (...) " + unit
                            + " if it is the unit of " + quantity);
        }
        Expr last = expr;
        while (true) {
            if (last instanceof Expr.Binary b) last = b.right();
            else if (last instanceof Expr.Unary u) last = u.operand();
            else break;
        }
        if (last instanceof Expr.Num n && n.unit() != null) {
            String unit = UnitExpr.text(n.unit());
            throw new FlopError(file, n.pos(), "is " + unit + " the unit of the number " + n.text() + ", or of " + quantity + "?",
                    "write (" + n.text() + " " + unit + ") if it belongs to the number, or " + quantity + " = (...) " + unit
                            + " if it is the unit of " + quantity);
        }
    }

    private static Expr lastOperand(Expr expr) {
        Expr last = expr;
        while (true) {
            if (last instanceof Expr.Binary b) last = b.right();
            else if (last instanceof Expr.Unary u) last = u.operand();
            else return last;
        }
    }

    private static boolean usesQuantity(Expr e) {
        return e.descendantsAndSelf().stream().anyMatch(x -> x instanceof Expr.Ref);
    }

    /** {@code 1/s} after a formula: no formula continues with a number, so this can only be the declared unit. */
    private boolean startsReciprocalUnit() {
        return check(TokenType.NUMBER) && peek().text().equals("1") && peekAt(1).is(TokenType.SLASH);
    }

    /** {@code ratio = a / b 1}: the unit 1 declares a plain number, checked like any other unit. */
    private boolean startsDimensionlessUnit() {
        return check(TokenType.NUMBER) && peek().text().equals("1")
                && (peekAt(1).is(TokenType.STRING) || peekAt(1).is(TokenType.NEWLINE) || peekAt(1).is(TokenType.EOF));
    }

    private boolean startsLiteralUnit() {
        Token t = peek();
        if (t.is(TokenType.PERCENT)) return true;
        return t.is(TokenType.IDENT) && !peekAt(1).is(TokenType.LPAREN) && isUnit(t.text());
    }

    private boolean isUnit(String name) {
        return (isDeclaredUnit(name) || isUnitName.test(name)) && !quantityNames.contains(name);
    }

    /** A unit this file declares, its plural, or either with a prefix ({@code kGPU}, {@code GPUs}). */
    private boolean isDeclaredUnit(String name) {
        if (declaredUnitOrPlural(name)) return true;
        for (var prefixes : List.of(UnitRegistry.binaryPrefixes(), UnitRegistry.siPrefixes())) {
            for (String p : prefixes.keySet()) {
                if (name.length() > p.length() && name.startsWith(p) && declaredUnitOrPlural(name.substring(p.length()))) return true;
            }
        }
        return false;
    }

    private boolean declaredUnitOrPlural(String name) {
        return declaredUnits.contains(name) || declaredUnits.stream().anyMatch(u -> name.equals(UnitRegistry.pluralOf(u)));
    }

    /** A unit right after a number: continues over '*' and '/' only while what follows is a unit. */
    private UnitExpr literalUnit() {
        UnitExpr unit = unitFactor();
        while ((check(TokenType.STAR) || check(TokenType.SLASH)) && continuesUnit(peekAt(1), peekAt(2))) {
            Token op = advance();
            UnitExpr right = unitFactor();
            unit = op.is(TokenType.STAR) ? new UnitExpr.Product(unit, right, op.pos()) : new UnitExpr.Quotient(unit, right, op.pos());
        }
        return unit;
    }

    private boolean continuesUnit(Token next, Token after) {
        if (next.is(TokenType.PERCENT)) return true;
        if (next.is(TokenType.IDENT)) return !after.is(TokenType.LPAREN) && isUnit(next.text());
        return next.is(TokenType.LPAREN) && after.is(TokenType.IDENT) && isUnit(after.text());
    }

    /** A declared unit: everything up to the label or the end of the line is unit syntax. */
    private UnitExpr unitExpression() {
        UnitExpr unit = unitFactor();
        while (check(TokenType.STAR) || check(TokenType.SLASH)) {
            Token op = advance();
            UnitExpr right = unitFactor();
            unit = op.is(TokenType.STAR) ? new UnitExpr.Product(unit, right, op.pos()) : new UnitExpr.Quotient(unit, right, op.pos());
        }
        return unit;
    }

    private UnitExpr unitFactor() {
        UnitExpr atom = unitAtom();
        if (!check(TokenType.CARET)) return atom;
        Token caret = advance();
        boolean paren = match(TokenType.LPAREN);
        boolean negative = match(TokenType.MINUS);
        int numerator = unitExponent(expect(TokenType.NUMBER, "a whole-number exponent after '^'", "write units like s^2, s^-1 or byte^(1/2)"));
        int denominator = 1;
        if (paren) {
            if (match(TokenType.SLASH)) {
                Token d = expect(TokenType.NUMBER, "the exponent's denominator", "write a fractional exponent as ^(1/2)");
                denominator = unitExponent(d);
                if (denominator == 0) throw error(d, "the exponent's denominator is 0", "write a fractional exponent as ^(1/2)");
            }
            expect(TokenType.RPAREN, "')' to close the exponent", "write a fractional exponent as ^(1/2)");
        }
        return new UnitExpr.Power(atom, negative ? -numerator : numerator, denominator, caret.pos());
    }

    private UnitExpr unitAtom() {
        Token t = peek();
        switch (t.type()) {
            case IDENT -> { advance(); return new UnitExpr.Name(t.text(), t.pos()); }
            case PERCENT -> { advance(); return new UnitExpr.Name("%", t.pos()); }
            case NUMBER -> {
                if (t.text().equals("1")) { advance(); return new UnitExpr.One(t.pos()); }
                throw error(t, "a number inside a unit", "units are names such as FLOP, s, GB; only 1 may stand alone, as in 1/s");
            }
            case LPAREN -> {
                advance();
                UnitExpr inner = unitExpression();
                expect(TokenType.RPAREN, "')' to close the unit's '('", "add the missing ')'");
                return inner;
            }
            default -> throw error(t, "expected a unit but found " + describe(t), "write units like FLOP/s, token/(param*s), GB");
        }
    }

    // ---- helpers ----

    private void prescanNames() {
        boolean lineStart = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (lineStart && t.is(TokenType.IDENT)) {
                Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : t;
                if (next.is(TokenType.ASSIGN)) quantityNames.add(t.text());
                else if ((t.text().equals("input") || t.text().equals("unit")) && next.is(TokenType.IDENT)) {
                    (t.text().equals("input") ? quantityNames : declaredUnits).add(next.text());
                }
            }
            lineStart = t.is(TokenType.NEWLINE);
        }
    }

    private double number(Token t) {
        double value = Double.parseDouble(t.text().replace("_", ""));
        if (Double.isInfinite(value)) {
            throw error(t, "the number " + t.text() + " is too large for a double (and for Excel)", "Excel's largest number is about 1.8E+308");
        }
        return value;
    }

    /** A unit's exponent: a small whole number, since exact scales (GB^n) grow with it. */
    private int unitExponent(Token t) {
        if (!t.text().matches("[0-9]{1,9}")) {
            throw error(t, "the exponent " + t.text() + " is not a whole number", "write fractional exponents as ^(1/2)");
        }
        int n = Integer.parseInt(t.text());
        if (n > MAX_UNIT_EXPONENT) throw error(t, "the exponent " + n + " is too large for a unit", "units go up to ^" + MAX_UNIT_EXPONENT);
        return n;
    }

    private static String describe(Token t) {
        return switch (t.type()) {
            case NEWLINE -> "the end of the line";
            case EOF -> "the end of the file";
            case STRING -> "the text \"" + t.text() + "\"";
            case NUMBER -> "the number " + t.text();
            case IDENT -> "'" + t.text() + "'";
            default -> "'" + t.text() + "'";
        };
    }

    private Token expect(TokenType type, String what, String hint) {
        if (check(type)) return advance();
        throw error(peek(), "expected " + what + ", found " + describe(peek()), hint);
    }

    private boolean match(TokenType type) {
        if (!check(type)) return false;
        advance();
        return true;
    }

    private boolean check(TokenType type) { return peek().is(type); }

    private Token peek() { return tokens.get(current); }

    private Token peekAt(int ahead) { return tokens.get(Math.min(current + ahead, tokens.size() - 1)); }

    private Token previous() { return tokens.get(current - 1); }

    private Token advance() {
        Token t = tokens.get(current);
        if (!t.is(TokenType.EOF)) current++;
        return t;
    }

    private FlopError error(Token at, String problem, String hint) {
        return new FlopError(file, at.pos(), problem, hint);
    }
}
