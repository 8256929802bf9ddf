using System.CommandLine;
using ShipReady.Catalog;
using ShipReady.Configuration;

namespace ShipReady.Cli;

/// <summary>Turns every failure into one clear line on stderr and its documented exit code; a stack trace only with --verbose.</summary>
internal static class CliErrors
{
    public static int Guard(ParseResult parse, CommonOptions? common, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UsageException e)
        {
            return Fail(e.Message, ExitCodes.UsageError);
        }
        catch (ConfigException e)
        {
            return Fail(e.Message, ExitCodes.UsageError);
        }
        catch (CatalogException e)
        {
            return Fail(e.Message, ExitCodes.UsageError);
        }
        catch (History.HistoryException e)
        {
            return Fail(e.Message, ExitCodes.AuditFailed);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var verbose = common is not null && parse.GetValue(common.Verbose);
            Fail($"the audit could not run: {e.Message.Split('\n')[0]}" + (verbose ? "" : " (run again with --verbose for details)"), ExitCodes.AuditFailed);
            if (verbose)
            {
                Console.Error.WriteLine(e);
            }
            return ExitCodes.AuditFailed;
        }
    }

    private static int Fail(string message, int code)
    {
        Console.Error.WriteLine($"shipready: {message}");
        return code;
    }
}
