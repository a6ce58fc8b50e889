using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>
/// A regulation generation: its parameters (data) and the rules (code) it applies. One regulation may have had
/// several guidance generations (132-QĐ/TW: HD 16 for 2018, HD 21 from 2019); <see cref="Validate"/> uses the one of
/// the report's year, and <see cref="Parameters"/> is the latest.
/// </summary>
public sealed class Ruleset
{
    public Ruleset(RulesetParameters parameters, IReadOnlyList<IRule> rules, IReadOnlyList<RulesetParameters>? earlier = null)
    {
        Parameters = parameters;
        Rules = rules;
        Earlier = earlier ?? [];
    }

    public RulesetParameters Parameters { get; }
    public IReadOnlyList<IRule> Rules { get; }
    /// <summary>Earlier guidance generations of the same regulation, each with its <see cref="RulesetParameters.LastYear"/>.</summary>
    public IReadOnlyList<RulesetParameters> Earlier { get; }
    public string Id => Parameters.Id;

    /// <summary>The parameters of the guidance in force for <paramref name="year"/>.</summary>
    public RulesetParameters ParametersFor(int year) =>
        Earlier.FirstOrDefault(p => p.LastYear is { } last && year <= last) ?? Parameters;

    public Ruleset WithOverrides(RulesetOverrides? overrides) =>
        overrides is null ? this : new Ruleset(Parameters.With(overrides), Rules, Earlier.Select(p => p.With(overrides)).ToList());

    public IReadOnlyList<Finding> Validate(UnitReport report)
    {
        var parameters = ParametersFor(report.Year);
        var findings = new List<Finding>();
        foreach (var rule in Rules) findings.AddRange(rule.Check(report, parameters));
        return findings;
    }
}
