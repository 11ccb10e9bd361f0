using Attribution.Client;
using Attribution.Client.Models;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

// A fact-checker's flow with the generated client: who said this, is this version faithful, record the check, and an
// unknown id as a typed problem. Usage: dotnet run --project tools/client -- URL KEY
if (args is not [var url, var key])
{
    Console.Error.WriteLine("usage: Attribution.ClientSample URL KEY");
    return 2;
}

// Kiota's ApiKeyAuthenticationProvider sends a key over https only; the service runs on http locally, so the key
// travels as a default header of the HttpClient instead (behind TLS, use the provider).
using var http = new HttpClient();
http.DefaultRequestHeaders.Add("X-Api-Key", key);
var client = new AttributionClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = url });

var found = await client.Quotes.Search.GetAsync(r =>
{
    r.QueryParameters.Text = "putting a fox in charge of the chicken coop";
    r.QueryParameters.Limit = 3;
});
var best = found!.Items![0];
Console.WriteLine($"who said it: {best.Quote!.Speakers![0].Name} in {best.Quote.Article!.Url} ({best.Match}, {best.Score})");

var check = await client.Quotes.Verify.PostAsync(new VerifyRequest
{
    Text = "We are going back to a pre-9/11 state, a breeding ground for terror", Speaker = "Michael McCaul", ArticleId = 1,
});
Console.WriteLine($"verdict: {check!.Verdict} ({check.Score}); changed: {string.Join(", ", check.Diff!.Where(d => d.Op != DiffStep.Same).Select(d => $"{d.Op} {d.Text ?? d.Source}"))}");

var reviewed = await client.Quotes[best.Quote.Id!.Value].Review.PostAsync(new ReviewRequest { Status = ReviewStatus.Verified, Note = "Checked with the generated client." });
Console.WriteLine($"reviewed: quote {reviewed!.Id} is {reviewed.Status}");

try
{
    await client.Quotes[987654321].GetAsync();
    Console.Error.WriteLine("an unknown quote was found");
    return 1;
}
catch (Problem problem)
{
    Console.WriteLine($"404 as a typed problem: {problem.Status} {problem.Detail}");
}
return 0;
