namespace Licensing.Web.Components.Gov;

/// <summary>
/// One submission of a form at a time. A second click while the first is still saving is ignored rather than
/// saving the same thing twice; show <see cref="Busy"/> on the button (disabled) so the officer sees it working.
/// </summary>
public sealed class SubmitGuard
{
    public bool Busy { get; private set; }

    /// <summary>Runs the submission unless one is already running (then returns false without running it).</summary>
    public async Task<bool> RunAsync(Func<Task<bool>> submit)
    {
        if (Busy) return false;
        Busy = true;
        try
        {
            return await submit();
        }
        finally
        {
            Busy = false;
        }
    }

    public Task<bool> RunAsync(Func<Task> submit) => RunAsync(async () => { await submit(); return true; });
}
