using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OfficeReview.Domain.Synthetic;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Campaigns.Storage;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Functions.Tests;

/// <summary>
/// The merge by parts as a Durable orchestration (issue #13 item 4). The Durable host cannot run here, so the
/// orchestrator runs against a context that follows <see cref="TaskOrchestrationContext"/>'s documented contract:
/// activity inputs and outputs travel serialized as JSON, an activity's task completes only when the runtime delivers
/// its result, and on replay the orchestrator must schedule the same activities in the same order, getting the
/// recorded results. The activities are the real ones, over a real SQLite campaign of workbooks.
/// </summary>
public sealed class MergeOrchestrationTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteCampaignStore _store;
    private readonly MergeService _merge;
    private readonly SyntheticProvince _province;

    public MergeOrchestrationTests()
    {
        _province = SyntheticProvince.Generate(new SyntheticOptions { Units = 50, Members = 700, Seed = 5, PlantErrors = true });
        var files = Path.Combine(_folder.Path, "files");
        SampleWorkbooks.Write(_province, files);
        _store = new SqliteCampaignStore(Path.Combine(_folder.Path, "data"));
        var validation = new ValidationService();
        var campaigns = new CampaignService(_store, validation, TimeProvider.System);
        _merge = new MergeService(validation, campaigns);
        _store.CreateCampaignAsync(new Campaign { Id = "c", Name = "Đợt thử", Year = 2025, RulesetId = "366", CreatedAt = DateTimeOffset.UtcNow }).GetAwaiter().GetResult();
        _store.ReplaceUnitsAsync("c", _province.Units.Select(u => u.Unit).ToList()).GetAwaiter().GetResult();
        var n = 0;
        foreach (var u in _province.Units.Where(u => u.Unit.Parent is not null))
            if (++n % 9 != 0) // some units send nothing
                campaigns.SubmitAsync("c", u.Unit.Code, SampleWorkbooks.FileName(u), File.ReadAllBytes(Path.Combine(files, SampleWorkbooks.FileName(u)))).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    /// <summary>Runs the real activities of <see cref="MergeOrchestration"/> by name, input and output through JSON.</summary>
    private async Task<string> RunActivity(string name, string input)
    {
        var activities = new MergeOrchestration(_merge);
        object output = name switch
        {
            MergeOrchestration.PlanActivity => await activities.Plan(FakeOrchestrationContext.Read<MergeByPartsInput>(input)),
            MergeOrchestration.PartActivity => await activities.Part(FakeOrchestrationContext.Read<MergePartInput>(input)),
            MergeOrchestration.TopActivity => await activities.Top(FakeOrchestrationContext.Read<MergeTopInput>(input)),
            _ => throw new InvalidOperationException($"no activity {name}"),
        };
        return JsonSerializer.Serialize(output, FakeOrchestrationContext.Json);
    }

    [Fact]
    public async Task The_orchestration_fans_out_one_activity_per_part_then_combines_them_into_the_one_pass_result()
    {
        var input = new MergeByPartsInput("c", _province.Root.Unit.Code);
        var context = new FakeOrchestrationContext(input, RunActivity);
        var output = await context.RunAsync(ctx => MergeOrchestration.OrchestrateAsync(ctx, input));

        // Plan first, alone; then every part scheduled before any part's result was delivered; then the top, alone.
        var plan = (await _merge.PlanCampaignMergeAsync("c", input.UnitCode)).Parts;
        Assert.True(plan.Count >= 2);
        Assert.Equal(3, context.Batches.Count);
        Assert.Equal([MergeOrchestration.PlanActivity], context.Batches[0].Select(c => c.Name));
        Assert.Equal(plan.Select(_ => MergeOrchestration.PartActivity), context.Batches[1].Select(c => c.Name));
        Assert.Equal(plan, context.Batches[1].Select(c => FakeOrchestrationContext.Read<MergePartInput>(c.Input).PartCode));
        Assert.All(context.Batches[1], c => Assert.Equal(3, c.Options?.Retry?.Policy?.MaxNumberOfAttempts));
        Assert.Equal([MergeOrchestration.TopActivity], context.Batches[2].Select(c => c.Name));

        // The stored result is the one-pass merge's.
        var (_, onePass, _) = await _merge.MergeCampaignAsync("c", input.UnitCode);
        Assert.Equal(onePass.Result.Report!.Members!.Total, output.Members);
        Assert.Equal(onePass.Errors, output.Errors);
        Assert.Equal(onePass.Warnings, output.Warnings);
        Assert.Equal(onePass.Result.Root.Descendants().Count() + 1, output.Units);
        Assert.True(onePass.Errors > 0);
        var stored = Assert.Single(await _store.ListResultsAsync("c"), r => r.Id == output.ResultId);
        Assert.Equal(input.UnitCode, stored.UnitCode);

        // Replay: with the recorded results, the orchestrator schedules the same activities and returns the same output.
        var replay = new FakeOrchestrationContext(input, context.History);
        var again = await replay.RunAsync(ctx => MergeOrchestration.OrchestrateAsync(ctx, input));
        Assert.Equal(output, again);
        Assert.Equal(context.Batches.SelectMany(b => b).Select(c => (c.Name, c.Input)), replay.Batches.SelectMany(b => b).Select(c => (c.Name, c.Input)));
    }

    [Fact]
    public async Task A_failing_part_fails_the_orchestration_and_nothing_is_stored()
    {
        var input = new MergeByPartsInput("c", _province.Root.Unit.Code);
        var context = new FakeOrchestrationContext(input, async (name, json) =>
            name == MergeOrchestration.PartActivity && FakeOrchestrationContext.Read<MergePartInput>(json).PartCode.EndsWith("X001", StringComparison.Ordinal)
                ? throw new IOException("lưu trữ không trả lời")
                : await RunActivity(name, json));
        var failure = await Assert.ThrowsAsync<TaskFailedException>(() => context.RunAsync(ctx => MergeOrchestration.OrchestrateAsync(ctx, input)));
        Assert.Equal(MergeOrchestration.PartActivity, failure.TaskName);
        Assert.Empty(await _store.ListResultsAsync("c"));
        Assert.DoesNotContain(context.Batches.SelectMany(b => b), c => c.Name == MergeOrchestration.TopActivity);
    }
}

/// <summary>
/// A <see cref="TaskOrchestrationContext"/> for tests, following the documented contract: inputs and outputs are
/// serialized (JSON), an activity's task completes when the "runtime" delivers it — here, after the orchestrator has
/// yielded, all activities scheduled since the last delivery form one batch and run — and a failed activity surfaces as
/// <see cref="TaskFailedException"/>. Given a history instead of activities, it replays the recorded results.
/// </summary>
public sealed class FakeOrchestrationContext : TaskOrchestrationContext
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Json)!;

    public sealed record Call(string Name, string Input, TaskOptions? Options);

    private readonly string _input;
    private readonly Func<string, string, Task<string>>? _activities;
    private readonly Queue<string>? _replay;
    private readonly List<(Call Call, Action<string?, Exception?> Complete)> _pending = [];
    private int _taskId;

    public List<List<Call>> Batches { get; } = [];
    /// <summary>Each activity's serialized result, in the order they were scheduled.</summary>
    public List<string> History { get; } = [];
    public object? CustomStatus { get; private set; }

    public FakeOrchestrationContext(object input, Func<string, string, Task<string>> activities)
    {
        _input = JsonSerializer.Serialize(input, Json);
        _activities = activities;
    }

    public FakeOrchestrationContext(object input, IEnumerable<string> history)
    {
        _input = JsonSerializer.Serialize(input, Json);
        _replay = new Queue<string>(history);
    }

    public override TaskName Name => new(MergeOrchestration.Orchestrator);
    public override string InstanceId => "test-instance";
    public override ParentOrchestrationInstance? Parent => null;
    public override DateTime CurrentUtcDateTime => new(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc);
    public override bool IsReplaying => _replay is not null;
    protected override ILoggerFactory LoggerFactory => NullLoggerFactory.Instance;

    public override T? GetInput<T>() where T : default => JsonSerializer.Deserialize<T>(_input, Json);

    public override Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null)
    {
        var call = new Call(name.Name, JsonSerializer.Serialize(input, Json), options);
        var tcs = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var id = ++_taskId;
        _pending.Add((call, (result, error) =>
        {
            if (error is not null) { tcs.SetException(new TaskFailedException(call.Name, id, error)); return; }
            try { tcs.SetResult(JsonSerializer.Deserialize<TResult>(result!, Json)!); }
            catch (JsonException e) { tcs.SetException(e); }
        }
        ));
        return tcs.Task;
    }

    /// <summary>Runs the orchestrator to completion, delivering each batch of scheduled activities once it has yielded.</summary>
    public async Task<T> RunAsync<T>(Func<TaskOrchestrationContext, Task<T>> orchestrator)
    {
        var run = orchestrator(this);
        while (true)
        {
            // Let the orchestrator run until it completes or waits on what it scheduled.
            for (var spins = 0; !run.IsCompleted && _pending.Count == 0 && spins < 10_000; spins++) await Task.Delay(1);
            if (run.IsCompleted) return await run;
            if (_pending.Count == 0) throw new TimeoutException("the orchestrator neither finished nor scheduled anything");
            // Wait until nothing more is scheduled in this turn (fan-out happens in one synchronous turn).
            await Task.Delay(20);
            var batch = _pending.ToList();
            _pending.Clear();
            Batches.Add(batch.Select(b => b.Call).ToList());
            foreach (var (call, complete) in batch)
            {
                if (_replay is not null) { complete(_replay.Dequeue(), null); continue; }
                string json;
                try { json = await _activities!(call.Name, call.Input); }
                catch (Exception e) { complete(null, e); continue; }
                History.Add(json);
                complete(json, null);
            }
        }
    }

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken) => Task.CompletedTask;
    public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the merge by parts waits for no event");
    public override void SendEvent(string instanceId, string eventName, object payload) => throw new NotSupportedException();
    public override void SetCustomStatus(object? customStatus) => CustomStatus = customStatus;
    public override Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, object? input = null, TaskOptions? options = null) =>
        throw new NotSupportedException("the merge by parts starts no sub-orchestration");
    public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true) => throw new NotSupportedException();
    public override Guid NewGuid() => new("00000000-0000-0000-0000-000000000001");
}
