using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>A regulation generation: its parameters (data) and the rules (code) it applies.</summary>
public sealed class Ruleset(RulesetParameters parameters, IReadOnlyList<IRule> rules)
{
    public RulesetParameters Parameters { get; } = parameters;
    public IReadOnlyList<IRule> Rules { get; } = rules;
    public string Id => Parameters.Id;

    public Ruleset WithOverrides(RulesetOverrides? overrides) =>
        overrides is null ? this : new Ruleset(Parameters.With(overrides), Rules);

    public IReadOnlyList<Finding> Validate(UnitReport report)
    {
        var findings = new List<Finding>();
        foreach (var rule in Rules) findings.AddRange(rule.Check(report, Parameters));
        return findings;
    }
}
