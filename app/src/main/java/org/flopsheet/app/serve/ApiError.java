package org.flopsheet.app.serve;

/** A request the server refuses: an HTTP status and a message saying what was wrong and what to do. */
final class ApiError extends RuntimeException {
    final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiError badRequest(String message) { return new ApiError(400, message); }

    static ApiError notFound(String message) { return new ApiError(404, message); }
}
