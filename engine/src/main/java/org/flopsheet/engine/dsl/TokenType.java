package org.flopsheet.engine.dsl;

public enum TokenType {
    IDENT, NUMBER, STRING,
    PLUS, MINUS, STAR, SLASH, CARET, PERCENT, AMPERSAND,
    LPAREN, RPAREN, LBRACE, RBRACE, COMMA, SEMICOLON, COLON, PIPE,
    ASSIGN,            // '=' (a definition, or Excel-style equality inside an expression)
    EQ, NE, LT, LE, GT, GE,
    NEWLINE, EOF
}
