using OfficeReview.HostileCorpus;

// dotnet run --project tests/OfficeReview.HostileCorpus -- OUTDIR : writes the hostile corpus and OUTDIR/manifest.json.
if (args.Length != 1 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: OfficeReview.HostileCorpus OUTDIR");
    return 2;
}
var manifest = HostileCorpusGenerator.Generate(args[0], progress: Console.WriteLine);
Console.WriteLine($"{manifest.Count} hostile files in {Path.GetFullPath(args[0])} ({string.Join(", ", manifest.ByItem.Select(kv => $"item {kv.Key}: {kv.Value}"))})");
return 0;
