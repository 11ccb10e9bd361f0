using Attribution.Api.Articles;
using Attribution.Api.Claims;
using Attribution.Api.Events;
using Attribution.Api.Webhooks;
using Attribution.Api.Health;
using Attribution.Api.Exports;
using Attribution.Api.Extraction;
using Attribution.Api.Imports;
using Attribution.Api.Infrastructure;
using Attribution.Api.Keys;
using Attribution.Api.Outlets;
using Attribution.Api.Quotes;
using Attribution.Api.Search;
using Attribution.Api.Speakers;
using Attribution.Api.Verification;

var builder = WebApplication.CreateBuilder(args);

builder.AddAttributionDatabase();
builder.AddAttributionTelemetry();
builder.Services.AddAttributionProblems();
builder.Services.AddAttributionJson();
builder.Services.AddAttributionValidation();
builder.Services.AddAttributionAccess();
builder.Services.AddAttributionRateLimits(builder.Configuration);
builder.Services.AddAttributionIdempotency();
builder.Services.AddAttributionReplicas();
builder.Services.AddSingleton<IQuoteExtractor, QuoteExtractor>();
builder.Services.AddSingleton<TextLanguages>();
builder.Services.AddHostedService<ExtractorWarmUp>();
builder.Services.AddHostedService<WebhookDispatcher>();
builder.Services.AddAttributionOpenApi();
builder.WebHost.ConfigureKestrel(RequestLimits.Configure);

var app = builder.Build();

app.UseHttpLogging();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestLimits();
app.UseReadPositions();
app.MapAttributionOpenApi(); // Swagger UI is middleware: before authorization, so that a browser gets it without a key
app.UseFailedAuthenticationLimit(); // before authentication, so that guessing keys costs no database look-up
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseIdempotency();

app.MapHealth();
app.MapKeys();
app.MapOutlets();
app.MapArticles();
app.MapSpeakers();
app.MapQuotes();
app.MapClaims();
app.MapEvents();
app.MapWebhooks();
app.MapSearch();
app.MapImports();
app.MapExports();
app.MapExtraction();
app.MapVerification();

app.Run();

public partial class Program;
