using Attribution.Bench;

// bench corpus DIR QUOTES [bulk] | bench queries DIR | bench measure DIR URL KEY | bench fault DIR URL KEY WORKERS SECONDS | bench limits URL KEY PHASE-FILE | bench extract CORPUS-DIR
switch (args)
{
    case ["corpus", var directory, var quotes, .. var options] when options is [] or ["bulk"]:
        Corpus.Write(directory, int.Parse(quotes), bulk: options is ["bulk"]);
        break;
    case ["queries", var directory]:
        Queries.Write(directory);
        break;
    case ["measure", var directory, var url, var key]:
        await Measure.RunAsync(directory, url, key);
        break;
    case ["fault", var directory, var url, var key, var workers, var seconds]:
        await Fault.RunAsync(directory, url, key, int.Parse(workers), TimeSpan.FromSeconds(int.Parse(seconds)));
        break;
    case ["limits", var url, var key, var phaseFile]:
        await Limits.RunAsync(url, key, phaseFile);
        break;
    case ["extract", var corpusDirectory]:
        Extract.Run(corpusDirectory);
        break;
    default:
        Console.Error.WriteLine("usage: bench corpus DIR QUOTES [bulk] | bench queries DIR | bench measure DIR URL KEY | bench fault DIR URL KEY WORKERS SECONDS | bench limits URL KEY PHASE-FILE | bench extract CORPUS-DIR");
        return 2;
}
return 0;
