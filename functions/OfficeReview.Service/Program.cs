using OfficeReview.Service.Cli;
using OfficeReview.Service.Hosting;

// A verb (validate, convert, …) runs the command line; no verb runs the service.
if (CliApp.IsCommandLine(args))
    return await CliApp.RunAsync(args);

var app = ServiceHost.Build(args);
await app.RunAsync();
return 0;

/// <summary>Entry point type, public for WebApplicationFactory in tests.</summary>
public partial class Program;
