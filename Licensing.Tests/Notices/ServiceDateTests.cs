using Licensing.Domain.Notices;

namespace Licensing.Tests.Notices;

public class ServiceDateTests
{
    private static readonly BusinessCalendar Calendar = new(BankHolidayFile.Parse(BankHolidayFile.DefaultJson()).Select(h => h.Date));
    private static readonly ServiceRules Rules = new();

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("2026-06-15", "2026-06-17")] // Monday → Wednesday
    [InlineData("2026-06-18", "2026-06-22")] // Thursday → Monday, over the weekend
    [InlineData("2026-06-19", "2026-06-23")] // Friday → Tuesday
    [InlineData("2026-06-20", "2026-06-23")] // posted on a Saturday: Monday and Tuesday count
    [InlineData("2026-12-23", "2026-12-29")] // Christmas: 24th, then 25th and 28th (Boxing Day substitute) are holidays → 29th
    [InlineData("2026-12-24", "2026-12-30")]
    [InlineData("2026-04-02", "2026-04-08")] // Easter: Good Friday 3 April and Easter Monday 6 April skipped
    [InlineData("2027-03-25", "2027-03-31")] // Easter 2027: Good Friday 26 March, Easter Monday 29 March
    [InlineData("2026-08-28", "2026-09-02")] // summer bank holiday 31 August
    public void First_class_post_is_served_on_the_second_business_day_after_posting(string posted, string served) =>
        Assert.Equal(DateOnly.Parse(served), Rules.PostServedOn(DateOnly.Parse(posted), PostClass.FirstClass, Calendar));

    [Theory]
    [InlineData("2026-06-15", "2026-06-19")] // Monday → Friday
    [InlineData("2026-06-17", "2026-06-23")] // Wednesday → Tuesday
    [InlineData("2026-12-22", "2026-12-30")] // 23, 24, (25, 26, 27, 28 off) 29, 30
    public void Second_class_post_is_served_on_the_fourth_business_day_after_posting(string posted, string served) =>
        Assert.Equal(DateOnly.Parse(served), Rules.PostServedOn(DateOnly.Parse(posted), PostClass.SecondClass, Calendar));

    [Theory]
    [InlineData("2026-06-15", "2026-06-15")] // a Monday: that day
    [InlineData("2026-06-20", "2026-06-22")] // a Saturday: the Monday
    [InlineData("2026-06-21", "2026-06-22")] // a Sunday: the Monday
    [InlineData("2026-12-25", "2026-12-29")] // Christmas Day (Friday): weekend and the Boxing Day substitute follow
    [InlineData("2026-04-03", "2026-04-07")] // Good Friday: the next business day is the Tuesday after Easter Monday
    [InlineData("2027-12-25", "2027-12-29")] // Christmas Day 2027 is a Saturday: both substitute days skipped
    public void Email_is_served_on_the_day_sent_if_a_business_day_else_the_next(string sent, string served) =>
        Assert.Equal(DateOnly.Parse(served), Rules.EmailServedOn(DateOnly.Parse(sent), Calendar));

    [Fact]
    public void The_number_of_days_for_each_class_of_post_is_configurable()
    {
        var rules = new ServiceRules { FirstClassBusinessDays = 1, SecondClassBusinessDays = 3 };
        Assert.Equal(D(2026, 6, 16), rules.PostServedOn(D(2026, 6, 15), PostClass.FirstClass, Calendar));
        Assert.Equal(D(2026, 6, 18), rules.PostServedOn(D(2026, 6, 15), PostClass.SecondClass, Calendar));
    }

    [Fact]
    public void Without_bank_holidays_only_weekends_are_skipped()
    {
        var bare = new BusinessCalendar([]);
        Assert.Equal(D(2026, 12, 28), Rules.PostServedOn(D(2026, 12, 24), PostClass.FirstClass, bare));
    }

    [Fact]
    public void The_default_holidays_are_in_govuk_format_and_all_fall_on_weekdays()
    {
        var holidays = BankHolidayFile.Parse(BankHolidayFile.DefaultJson());
        Assert.Equal(24, holidays.Count);
        Assert.All(holidays, h => Assert.NotEqual(DayOfWeek.Saturday, h.Date.DayOfWeek));
        Assert.All(holidays, h => Assert.NotEqual(DayOfWeek.Sunday, h.Date.DayOfWeek));
        Assert.Contains(holidays, h => h.Date == D(2026, 12, 28) && h.Title == "Boxing Day");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("not json")]
    [InlineData("""{"england-and-wales":{"division":"england-and-wales","events":[{"title":"Christmas Day","date":"25/12/2026"}]}}""")]
    [InlineData("""{"scotland":{"division":"scotland","events":[{"title":"St Andrew's Day","date":"2026-11-30"}]}}""")]
    public void A_file_not_in_govuk_format_is_refused_with_a_reason(string json)
    {
        var error = Assert.Throws<Licensing.Domain.Common.DomainRuleException>(() => BankHolidayFile.Parse(json));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [InlineData("2026-06-01", null, "2026-06-10", DeadlineState.OnTrack)]
    [InlineData("2026-06-01", null, "2026-06-12", DeadlineState.DueSoon)]
    [InlineData("2026-06-01", null, "2026-06-15", DeadlineState.DueSoon)]
    [InlineData("2026-06-01", null, "2026-06-16", DeadlineState.Overdue)]
    [InlineData("2026-06-01", "2026-06-15", "2026-06-20", DeadlineState.Met)]
    [InlineData("2026-06-01", "2026-06-16", "2026-06-20", DeadlineState.Missed)]
    public void Notice_of_grounds_is_due_within_14_days_of_the_decision(string decided, string? served, string today, DeadlineState expected) =>
        Assert.Equal(expected, NoticeDeadline.State(DateOnly.Parse(decided), served is null ? null : DateOnly.Parse(served), DateOnly.Parse(today)));
}
