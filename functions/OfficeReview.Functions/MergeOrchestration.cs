using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using OfficeReview.Service.Features.Campaigns;

namespace OfficeReview.Functions;

/// <summary>Input of the merge by parts: the campaign, the unit at the top, and how deep the parts are (1: its children).</summary>
public sealed record MergeByPartsInput(string CampaignId, string UnitCode, int Depth = 1);

/// <summary>One part for an activity.</summary>
public sealed record MergePartInput(string CampaignId, string PartCode);

/// <summary>The top's input: every part's result, in the plan's order.</summary>
public sealed record MergeTopInput(string CampaignId, string UnitCode, IReadOnlyList<CampaignPartResult> Parts);

/// <summary>What the orchestration returns: the stored result (GET /api/campaigns/{id}/results/{resultId}) and its counts.</summary>
public sealed record MergeByPartsOutput(long ResultId, string UnitCode, int Parts, int Units, long? Members, int Errors, int Warnings);

/// <summary>
/// The country-sized merge as a Durable Functions fan-out/fan-in orchestration (issue #13 item 4): an activity plans the
/// parts (each province, or any unit <c>Depth</c> levels below the top), one activity per part merges it on its own
/// (in parallel, on as many instances as the Functions host scales to), and a last activity combines the parts' results
/// at the top and stores the result as the campaign's merge. The orchestrator does no IO and reads no clock: it only
/// schedules activities (the Durable replay contract). Started through the Durable extension's HTTP API
/// (<c>POST /runtime/webhooks/durabletask/orchestrators/MergeByParts</c> with the input as JSON; docs/deploy-azure.md).
/// </summary>
public sealed class MergeOrchestration(MergeService merge)
{
    public const string Orchestrator = "MergeByParts";
    public const string PlanActivity = "MergeByPartsPlan";
    public const string PartActivity = "MergeByPartsPart";
    public const string TopActivity = "MergeByPartsTop";

    /// <summary>A failed part (an instance recycled, storage busy) is tried again, three times at most.</summary>
    public static readonly TaskOptions PartRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(5), backoffCoefficient: 2));

    [Function(Orchestrator)]
    public static Task<MergeByPartsOutput> RunOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        OrchestrateAsync(context, context.GetInput<MergeByPartsInput>() ?? throw new ArgumentException("MergeByParts needs an input: { campaignId, unitCode, depth }."));

    /// <summary>The orchestration itself: plan → every part at once → top.</summary>
    public static async Task<MergeByPartsOutput> OrchestrateAsync(TaskOrchestrationContext context, MergeByPartsInput input)
    {
        var parts = await context.CallActivityAsync<List<string>>(PlanActivity, input);
        context.SetCustomStatus(new { parts = parts.Count, stage = "parts" });
        var running = parts.Select(code => context.CallActivityAsync<CampaignPartResult>(PartActivity, new MergePartInput(input.CampaignId, code), PartRetry)).ToList();
        var results = await Task.WhenAll(running);
        context.SetCustomStatus(new { parts = parts.Count, stage = "top" });
        return await context.CallActivityAsync<MergeByPartsOutput>(TopActivity, new MergeTopInput(input.CampaignId, input.UnitCode, results));
    }

    /// <summary>The parts, largest first (so that the longest start first).</summary>
    [Function(PlanActivity)]
    public async Task<List<string>> Plan([ActivityTrigger] MergeByPartsInput input) =>
        (await merge.PlanCampaignMergeAsync(input.CampaignId, input.UnitCode, Math.Max(1, input.Depth))).Parts.ToList();

    [Function(PartActivity)]
    public Task<CampaignPartResult> Part([ActivityTrigger] MergePartInput input) => merge.MergeCampaignPartAsync(input.CampaignId, input.PartCode);

    [Function(TopActivity)]
    public async Task<MergeByPartsOutput> Top([ActivityTrigger] MergeTopInput input)
    {
        var (stored, run, _) = await merge.MergeCampaignTopAsync(input.CampaignId, input.UnitCode, input.Parts);
        return new MergeByPartsOutput(stored.Id, input.UnitCode, input.Parts.Count, run.Result.Root.Descendants().Count() + 1,
            run.Result.Report?.Members?.Total, run.Errors, run.Warnings);
    }
}
