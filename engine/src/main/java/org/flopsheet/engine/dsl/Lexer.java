package org.flopsheet.engine.dsl;

import java.util.ArrayList;
import java.util.List;
import org.flopsheet.engine.units.UnitRegistry;

/**
 * Turns .flop text into tokens. Newlines end statements except inside parentheses, so a long
 * formula may be wrapped inside its parentheses (or an array constant's braces). {@code #} starts a comment to the end of the line.
 */
public final class Lexer {
    private final SourceFile file;
    private final String src;
    private final List<Token> tokens = new ArrayList<>();
    private int offset = 0;
    private int line = 1;
    private int lineStart = 0;
    private int parenDepth = 0;

    public Lexer(SourceFile file) {
        this.file = file;
        this.src = file.text();
    }

    private final List<FlopError> errors = new ArrayList<>();

    /** The errors met while reading the text; each skips the rest of its line. */
    public List<FlopError> errors() { return errors; }

    public List<Token> tokens() {
        while (offset < src.length()) {
            try {
                token();
            } catch (FlopError e) {
                errors.add(e);
                while (offset < src.length() && src.charAt(offset) != '\n') offset++;
            }
        }
        add(TokenType.NEWLINE, "", pos());
        add(TokenType.EOF, "", pos());
        return tokens;
    }

    private void token() {
            char c = src.charAt(offset);
            Pos pos = pos();
            switch (c) {
                case ' ', '\t', '\r' -> offset++;
                case '\n' -> {
                    if (parenDepth > 0 && startsStatement(offset + 1)) parenDepth = 0; // a '(' left open ends at the next definition
                    if (parenDepth == 0) add(TokenType.NEWLINE, "\n", pos);
                    offset++;
                    line++;
                    lineStart = offset;
                }
                case '#' -> { while (offset < src.length() && src.charAt(offset) != '\n') offset++; }
                case '"' -> string(pos);
                case '+' -> single(TokenType.PLUS, pos);
                case '-' -> single(TokenType.MINUS, pos);
                case '*' -> single(TokenType.STAR, pos);
                case '/' -> single(TokenType.SLASH, pos);
                case '^' -> single(TokenType.CARET, pos);
                case '%' -> single(TokenType.PERCENT, pos);
                case '&' -> single(TokenType.AMPERSAND, pos);
                case '$' -> single(TokenType.IDENT, pos); // the unit $, as in 2.5 $/h
                case '|' -> single(TokenType.PIPE, pos);
                case ',' -> single(TokenType.COMMA, pos);
                case ';' -> single(TokenType.SEMICOLON, pos);
                case '{' -> { parenDepth++; single(TokenType.LBRACE, pos); }
                case '}' -> { parenDepth = Math.max(0, parenDepth - 1); single(TokenType.RBRACE, pos); }
                case ':' -> single(TokenType.COLON, pos);
                case '(' -> { parenDepth++; single(TokenType.LPAREN, pos); }
                case ')' -> { parenDepth = Math.max(0, parenDepth - 1); single(TokenType.RPAREN, pos); }
                case '=' -> {
                    if (peek(1) == '=') { offset += 2; add(TokenType.EQ, "==", pos); }
                    else single(TokenType.ASSIGN, pos);
                }
                case '!' -> {
                    if (peek(1) != '=') throw error(pos, "unexpected character '!'", "write '!=' or '<>' for 'not equal'");
                    offset += 2;
                    add(TokenType.NE, "!=", pos);
                }
                case '<' -> {
                    if (peek(1) == '=') { offset += 2; add(TokenType.LE, "<=", pos); }
                    else if (peek(1) == '>') { offset += 2; add(TokenType.NE, "<>", pos); }
                    else single(TokenType.LT, pos);
                }
                case '>' -> {
                    if (peek(1) == '=') { offset += 2; add(TokenType.GE, ">=", pos); }
                    else single(TokenType.GT, pos);
                }
                default -> {
                    if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) number(pos);
                    else if (Character.isLetter(c) || c == '_') identifier(pos);
                    else throw error(pos, "unexpected character '" + c + "'",
                            "names are letters, digits and '_'; operators are + - * / ^ and comparisons");
                }
            }
    }

    /**
     * Whether the line at {@code at} starts, in its first column, a definition ({@code name = ...},
     * {@code input ...}): a formula wrapped inside parentheses continues on indented lines, so an
     * unclosed '(' is reported on its own line instead of swallowing the rest of the file.
     */
    private boolean startsStatement(int at) {
        int i = at;
        if (i >= src.length() || !(Character.isLetter(src.charAt(i)) || src.charAt(i) == '_')) return false;
        while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) i++;
        String word = src.substring(at, i);
        if (word.equals("input") || word.equals("scenarios") || word.equals("scenario") || word.equals("unit")) return true;
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) i++;
        return i + 1 < src.length() && src.charAt(i) == '=' && src.charAt(i + 1) != '=';
    }

    private void number(Pos pos) {
        int start = offset;
        digits();
        if (peek(0) == '.' && (Character.isDigit(peek(1)) || !Character.isLetter(peek(1)))) {
            offset++;
            digits();
        }
        if ((peek(0) == 'e' || peek(0) == 'E')
                && (Character.isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && Character.isDigit(peek(2))))) {
            offset += 2;
            digits();
        }
        String text = src.substring(start, offset);
        if (text.endsWith("_") || text.contains("__") || text.contains("_.") || text.contains("._")) {
            throw error(pos, "malformed number '" + text + "'", "'_' may only stand between digits, as in 1_000_000");
        }
        add(TokenType.NUMBER, text, pos);
    }

    private void digits() {
        while (Character.isDigit(peek(0)) || (peek(0) == '_' && Character.isDigit(peek(1)))) offset++;
        if (peek(0) == '_') offset++; // a trailing '_' is reported by number()
    }

    private void identifier(Pos pos) {
        int start = offset;
        while (offset < src.length() && (Character.isLetterOrDigit(src.charAt(offset)) || src.charAt(offset) == '_'
                || (src.charAt(offset) == '.' && Character.isLetter(peek(1)) && dottedFunctionName(start)))) {
            offset++;
        }
        if (peek(0) == '$' && UnitRegistry.siPrefixes().containsKey(src.substring(start, offset))) offset++; // k$, M$, G$
        add(TokenType.IDENT, src.substring(start, offset), pos);
    }

    /** Excel's dotted function names (CEILING.MATH, NORM.S.INV): a '.' inside a name only when a '(' follows the name. */
    private boolean dottedFunctionName(int start) {
        int end = offset + 1;
        while (end < src.length() && (Character.isLetterOrDigit(src.charAt(end)) || src.charAt(end) == '_' || src.charAt(end) == '.')) end++;
        return end < src.length() && src.charAt(end) == '(';
    }

    private void string(Pos pos) {
        StringBuilder value = new StringBuilder();
        offset++;
        while (true) {
            if (offset >= src.length() || src.charAt(offset) == '\n') {
                throw error(pos, "unterminated string", "close the text with a '\"' on the same line");
            }
            char c = src.charAt(offset++);
            if (c == '"' && peek(0) == '"') { // Excel's way of writing a quote inside text
                value.append('"');
                offset++;
                continue;
            }
            if (c == '"') break;
            if (c == '\\' && offset < src.length()) {
                char e = src.charAt(offset++);
                switch (e) {
                    case '"' -> value.append('"');
                    case '\\' -> value.append('\\');
                    case 'n' -> value.append('\n');
                    default -> throw error(new Pos(line, offset - lineStart - 1, offset - 2),
                            "unknown escape '\\" + e + "' in a string", "use \\\" for a quote, \\\\ for a backslash, \\n for a new line");
                }
            } else {
                value.append(c);
            }
        }
        tokens.add(new Token(TokenType.STRING, value.toString(), pos, offset));
    }

    private void single(TokenType type, Pos pos) {
        add(type, String.valueOf(src.charAt(offset)), pos);
        offset++;
    }

    private void add(TokenType type, String text, Pos pos) {
        tokens.add(new Token(type, text, pos, pos.offset() + text.length()));
    }

    private char peek(int ahead) {
        int i = offset + ahead;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    private Pos pos() {
        return new Pos(line, offset - lineStart + 1, offset);
    }

    private FlopError error(Pos pos, String problem, String hint) {
        return new FlopError(file, pos, problem, hint);
    }
}
