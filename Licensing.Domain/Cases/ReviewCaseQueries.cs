using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Cases;

public static class ReviewCaseQueries
{
    /// <summary>A case with everything its rules look at: allegations, evidence, interviews, extensions.</summary>
    public static IQueryable<ReviewCase> WithParts(this IQueryable<ReviewCase> cases) =>
        cases.Include(c => c.Allegations).Include(c => c.Evidence).Include(c => c.Interviews).Include(c => c.Extensions).AsSplitQuery();
}
