using OfficeReview.Domain.Model;

namespace OfficeReview.Domain.Rules;

/// <summary>One check, named for what it checks. Returns findings; never throws for bad input.</summary>
public interface IRule
{
    IEnumerable<Finding> Check(UnitReport report, RulesetParameters parameters);
}
