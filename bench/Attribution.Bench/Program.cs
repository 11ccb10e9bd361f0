using Attribution.Bench;

// bench corpus DIR QUOTES | bench queries DIR | bench measure DIR URL KEY
switch (args)
{
    case ["corpus", var directory, var quotes]:
        Corpus.Write(directory, int.Parse(quotes));
        break;
    case ["queries", var directory]:
        Queries.Write(directory);
        break;
    case ["measure", var directory, var url, var key]:
        await Measure.RunAsync(directory, url, key);
        break;
    default:
        Console.Error.WriteLine("usage: bench corpus DIR QUOTES | bench queries DIR | bench measure DIR URL KEY");
        return 2;
}
return 0;
