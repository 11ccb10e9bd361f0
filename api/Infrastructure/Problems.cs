using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Attribution.Api.Infrastructure;

/// <summary>Every error is an RFC 9457 problem document; these helpers build the ones the handlers return.</summary>
public static class Problems
{
    public const string MediaType = "application/problem+json";

    public static IServiceCollection AddAttributionProblems(this IServiceCollection services)
    {
        // Our writer comes first and accepts every request, so that no Accept header can leave an error without a body.
        services.AddSingleton<IProblemDetailsWriter, ProblemWriter>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddSingleton<Incidents>();
        services.TryAddSingleton(TimeProvider.System);
        // Binding failures throw, so that ProblemExceptionHandler can say which field and why.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>Writes a problem document from middleware (outside an endpoint's typed results).</summary>
    public static Task WriteAsync(HttpContext context, int status, string title, string detail, IDictionary<string, string[]>? errors = null)
    {
        context.Response.StatusCode = status;
        ProblemDetails problem = errors is null
            ? new ProblemDetails { Status = status, Title = title, Detail = detail }
            : new HttpValidationProblemDetails(errors) { Status = status, Title = title, Detail = detail };
        return context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }

    public static ProblemHttpResult NotFound(string resource, long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no {resource} with id {id}.");

    /// <summary>400: the request itself is not valid (a field's type, format or range).</summary>
    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors) =>
        WithErrors(StatusCodes.Status400BadRequest, "The request is not valid", errors);

    public static ProblemHttpResult Invalid(string field, string reason) => Invalid(new Dictionary<string, string[]> { [field] = [reason] });

    public static ProblemHttpResult Unprocessable(string field, string reason) =>
        Unprocessable(new Dictionary<string, string[]> { [field] = [reason] });

    public static ProblemHttpResult Unprocessable(IDictionary<string, string[]> errors) =>
        WithErrors(StatusCodes.Status422UnprocessableEntity, "The request does not fit the stored data", errors);

    /// <summary>409 for a write that collides with an existing resource, naming the field and the existing id.</summary>
    public static ProblemHttpResult Conflict(string field, string reason, long existingId)
    {
        var result = WithErrors(StatusCodes.Status409Conflict, "Conflict with an existing resource", new Dictionary<string, string[]> { [field] = [reason] });
        result.ProblemDetails.Extensions["existingId"] = existingId;
        return result;
    }

    public static ProblemHttpResult Conflict(string reason) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict with the stored data", detail: reason);

    private static ProblemHttpResult WithErrors(int status, string title, IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Status = status, Title = title, Detail = Summary(errors) });

    /// <summary>"field: reason. other: reason." — the errors in one line, for <c>detail</c>.</summary>
    public static string Summary(IDictionary<string, string[]> errors) =>
        string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
}

/// <summary>
/// Writes every problem document as application/problem+json, whatever the request's Accept header says (a client
/// that asked for HTML still gets an error it can read, rather than an empty 500), and makes them uniform: a title
/// and a detail on every status, the request path as instance, the trace id, and no .NET type names.
/// </summary>
internal sealed partial class ProblemWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        var status = problem.Status.Value;
        problem.Title ??= Title(status);
        problem.Detail = Clean(problem.Detail ?? DefaultDetail(http, status));
        problem.Title = Clean(problem.Title);
        problem.Instance ??= http.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
        if (problem is HttpValidationProblemDetails validation)
            foreach (var key in validation.Errors.Keys.ToList())
                validation.Errors[key] = validation.Errors[key].Select(Clean).ToArray();
        // Sent as it was built: headers such as Retry-After set before stay, and the body is never cached.
        http.Response.Headers.CacheControl = "no-store";
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, problem.GetType(), Json.Options, Problems.MediaType, http.RequestAborted));
    }

    private static string Title(int status) => status switch
    {
        400 => "The request is not valid",
        401 => "An API key is needed",
        403 => "The key's role does not allow this",
        404 => "Not found",
        405 => "Method not allowed",
        406 => "Not acceptable",
        409 => "Conflict with the stored data",
        412 => "The resource has changed",
        413 => "The request body is too large",
        415 => "Unsupported media type",
        422 => "The request does not fit the stored data",
        429 => "Too many requests",
        503 => "Service unavailable",
        _ => status >= 500 ? "An error occurred on the server" : "The request cannot be served",
    };

    private static string DefaultDetail(HttpContext http, int status) => status switch
    {
        404 => $"There is no operation at {http.Request.Path}; /swagger lists them.",
        405 => $"{http.Request.Method} is not allowed on {http.Request.Path}"
               + (http.Response.Headers.Allow is { Count: > 0 } allow ? $"; allowed: {allow}." : "."),
        415 => $"The body's media type \"{http.Request.ContentType}\" is not one this operation takes; send application/json.",
        >= 500 => "The server could not complete the request; it has been logged. Retry later.",
        _ => Title(status) + ".",
    };

    /// <summary>Replaces .NET type names ("System.Nullable`1[System.Int64]", "Attribution.Api.Quotes.QuoteRequest") with plain words.</summary>
    internal static string Clean(string text) => TypeName().Replace(text, match => FriendlyType(match.Value));

    internal static string FriendlyType(string type)
    {
        var inner = NullableType().Match(type) is { Success: true } nullable ? nullable.Groups["inner"].Value : type;
        return inner switch
        {
            _ when inner.EndsWith("[]", StringComparison.Ordinal) || inner.Contains("List`") || inner.Contains("Enumerable`") => "an array",
            "System.Int16" or "System.Int32" or "System.Int64" or "System.UInt32" or "System.UInt64" or "System.Byte" => "a whole number",
            "System.Double" or "System.Single" or "System.Decimal" => "a number",
            "System.String" or "System.Char" => "a string",
            "System.Boolean" => "true or false",
            "System.DateOnly" => "a date (YYYY-MM-DD)",
            "System.DateTime" or "System.DateTimeOffset" => "a date and time (ISO 8601)",
            "System.Text.Json.JsonElement" => "a JSON value",
            _ when inner.StartsWith("Attribution.", StringComparison.Ordinal) && Type.GetType(inner) is { IsEnum: true } enumType =>
                "one of " + string.Join(", ", Enum.GetNames(enumType).Select(n => JsonNamingPolicy.CamelCase.ConvertName(n))),
            _ when inner.StartsWith("Attribution.", StringComparison.Ordinal) => "a JSON object",
            _ => "a value of another type",
        };
    }

    [GeneratedRegex(@"\b(?:System|Attribution|Microsoft|Npgsql)(?:\.[A-Za-z0-9_`]+)+(?:\[[^\]\s]*\])*(?:\[\])?")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<inner>.+)\]$")]
    private static partial Regex NullableType();
}

/// <summary>
/// Turns the exceptions that bad input can cause into problem documents: unreadable JSON and unbindable parameters
/// (400), oversized bodies (413), wrong media types (415), database rule violations that slipped past validation
/// (409, 422), and an unreachable database (503 with Retry-After). Anything else is a 500 without internals.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, Incidents incidents) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is OperationCanceledException && http.RequestAborted.IsCancellationRequested) return true; // the client left
        var (status, title, errors) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } bad =>
                (bad.StatusCode, "The request body is not valid JSON for this operation", JsonErrors(json)),
            BadHttpRequestException bad => (bad.StatusCode, BadRequestTitle(bad.StatusCode), ParameterErrors(bad.Message)),
            PostgresException pg when DatabaseProblem(pg) is { } rule => rule,
            _ when IsOutage(exception) => (StatusCodes.Status503ServiceUnavailable, "The database is not reachable", null),
            _ => (StatusCodes.Status500InternalServerError, "An error occurred on the server", null),
        };

        string detail;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            incidents.Report("database-outage", exception, "The database is not reachable");
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
            detail = $"The database does not answer; retry in {RetryAfterSeconds} s.";
        }
        else if (status >= 500)
        {
            incidents.Report(exception.GetType().FullName + exception.TargetSite, exception, "Unhandled exception");
            detail = "The server could not complete the request; it has been logged. Retry later.";
        }
        else detail = errors is null ? exception.Message : Problems.Summary(errors);

        http.Response.StatusCode = status;
        ProblemDetails details = errors is null
            ? new ProblemDetails { Status = status, Title = title, Detail = detail }
            : new HttpValidationProblemDetails(errors) { Status = status, Title = title, Detail = detail };
        return await problems.TryWriteAsync(new() { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    /// <summary>Connection failures, a server shutting down or refusing connections, and a pool that found no connection in time.</summary>
    internal static bool IsOutage(Exception exception) => exception switch
    {
        // Connection exceptions, shutdowns, too many connections, and a database or login that is gone.
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState.StartsWith("28", StringComparison.Ordinal)
                                 || pg.SqlState is "57P01" or "57P02" or "57P03" or "53300" or "3D000",
        NpgsqlException npgsql => npgsql.IsTransient,
        TimeoutException => true,
        _ => exception.InnerException is { } inner && IsOutage(inner),
    };

    private static string BadRequestTitle(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        _ => "The request is not valid",
    };

    private static Dictionary<string, string[]> JsonErrors(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
        return new() { [field] = [JsonMessage(json)] };
    }

    /// <summary>The reader's message, without its position suffix and in words a client understands.</summary>
    internal static string JsonMessage(JsonException json)
    {
        var message = json.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut].TrimEnd(' ', '|');
        if (UnknownMember().Match(message) is { Success: true } unknown)
            return $"'{unknown.Groups["name"].Value}' is not a field of this request.";
        if (MissingRequired().Match(message) is { Success: true } missing)
            return $"{missing.Groups["names"].Value} is required.";
        if (NullNotAllowed().Match(message) is { Success: true } nulled)
            return $"'{nulled.Groups["name"].Value}' must not be null.";
        if (NotConvertible().Match(message) is { Success: true } type)
            return type.Groups["type"].Value == "System.String"
                ? "The value must be a string of valid text (invalid UTF-8 and unpaired surrogates such as \\ud800 are not)."
                : $"The value must be {ProblemWriter.FriendlyType(type.Groups["type"].Value)}.";
        return ProblemWriter.Clean(message);
    }

    [GeneratedRegex(@"^The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnknownMember();

    [GeneratedRegex(@"missing required properties including: (?<names>.+?)\.?$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"^The (?:property or field|constructor parameter) '(?<name>[^']*)' .*null")]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"could not be converted to (?<type>\S+?)\.?$")]
    private static partial Regex NotConvertible();

    /// <summary>Rephrases "Failed to bind parameter "Nullable&lt;int&gt; Limit" from "ten"." as an error of 'limit'.</summary>
    private static Dictionary<string, string[]>? ParameterErrors(string message)
    {
        var match = ParameterBinding().Match(message);
        if (!match.Success) return null;
        var name = JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value);
        var expected = match.Groups["type"].Value switch
        {
            var t when t.Contains("int") || t.Contains("long") || t.Contains("Int") => "a whole number",
            var t when t.Contains("bool") || t.Contains("Boolean") => "true or false",
            var t when t.Contains("DateOnly") => "a date (YYYY-MM-DD)",
            var t when t.Contains("DateTime") => "a date and time (ISO 8601)",
            _ => "a value of another type",
        };
        return new() { [name] = [$"'{name}' must be {expected}; \"{match.Groups["value"].Value}\" is not."] };
    }

    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^"]*) (?<name>[A-Za-z0-9_]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex ParameterBinding();

    private static (int, string, Dictionary<string, string[]>?)? DatabaseProblem(PostgresException pg) => pg.SqlState switch
    {
        PostgresErrorCodes.UniqueViolation => (StatusCodes.Status409Conflict, "Conflict with an existing resource",
            new() { [pg.ConstraintName ?? "body"] = [pg.MessageText] }),
        PostgresErrorCodes.ForeignKeyViolation => (StatusCodes.Status409Conflict, "Conflict with the stored data",
            new() { [pg.ConstraintName ?? "body"] = [pg.MessageText] }),
        PostgresErrorCodes.CheckViolation or PostgresErrorCodes.NotNullViolation or PostgresErrorCodes.StringDataRightTruncation
            or PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter
            or PostgresErrorCodes.ProgramLimitExceeded => (StatusCodes.Status422UnprocessableEntity,
                "The request breaks a rule of the stored data", new() { [pg.ConstraintName ?? pg.ColumnName ?? "body"] = [pg.MessageText] }),
        _ => null,
    };
}

/// <summary>
/// Logs a server-side failure with its stack trace once per incident: the first occurrence of a kind, then at most one
/// line a minute counting the repeats, so that an outage under load does not write megabytes of log a second.
/// </summary>
public sealed class Incidents(ILogger<Incidents> log, TimeProvider clock)
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMinutes(1);
    private readonly Dictionary<string, (DateTimeOffset Logged, int Repeats)> seen = [];

    public void Report(string kind, Exception exception, string what)
    {
        var now = clock.GetUtcNow();
        int repeats;
        lock (seen)
        {
            if (seen.TryGetValue(kind, out var last) && now - last.Logged < Quiet)
            {
                seen[kind] = (last.Logged, last.Repeats + 1);
                return;
            }
            repeats = last.Repeats;
            seen[kind] = (now, 0);
        }
        if (repeats == 0) log.LogError(exception, "{What}", what);
        else log.LogError("{What} again ({Repeats} more in the last minute): {Message}", what, repeats + 1, exception.Message);
    }
}
