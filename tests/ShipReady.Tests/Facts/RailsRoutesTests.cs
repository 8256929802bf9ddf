using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class RailsRoutesTests
{
    private static RailsRoutes.File Routes(string path, string source)
    {
        using var masked = CodeMasker.Mask(source, Language.Ruby);
        return RailsRoutes.Read(path, masked);
    }

    private static bool OnlyGet(string controller, string routes, params string[] parents) =>
        RailsRoutes.OnlyGet(controller, [Routes("config/routes.rb", routes)], new HashSet<string>(), parents.ToHashSet());

    [Theory]
    [InlineData("config/routes.rb", "")]
    [InlineData("config/routes/admin.rb", "")]
    [InlineData("engines/billing/config/routes.rb", "engines/billing/")]
    [InlineData("engines/billing/config/routes/api.rb", "engines/billing/")]
    public void A_routes_file_belongs_to_the_folder_that_holds_its_config(string path, string root)
    {
        Assert.Equal(root, RailsRoutes.RootOf(path));
    }

    [Theory]
    [InlineData("config/routes.yml")]
    [InlineData("app/config/router.rb")]
    [InlineData("config/application.rb")]
    public void Other_files_are_no_routes(string path)
    {
        Assert.Null(RailsRoutes.RootOf(path));
    }

    [Theory]
    [InlineData("get \"service-worker\" => \"pwa#service_worker\"")]
    [InlineData("get \"sw\", to: \"pwa#service_worker\"\nget \"manifest\" => \"rails/pwa#manifest\", as: :pwa_manifest")]
    [InlineData("get \"sw/:id\", controller: :pwa, action: :show")]
    [InlineData("root \"pwa#index\"")]
    // A comment is not a route.
    [InlineData("get \"sw\" => \"pwa#service_worker\"\n# post \"sw\" => \"pwa#create\"")]
    public void A_controller_named_only_by_get_routes_is_reached_only_by_get(string routes)
    {
        Assert.True(OnlyGet("app/controllers/pwa_controller.rb", routes));
    }

    [Theory]
    [InlineData("get \"sw\" => \"pwa#show\"\npost \"sw\" => \"pwa#create\"")]
    [InlineData("get \"sw\" => \"pwa#show\"\nresources :pwa, only: :show")]
    [InlineData("get \"sw\" => \"pwa#show\"\nmatch \"sw\" => \"pwa#show\", via: [:get, :post]")]
    [InlineData("get \"sw\" => \"pwa#show\"\nscope controller: :pwa do\n  post \"sw\", action: :create\nend")]
    // A route continued on the next line: the verb and the target are not on one line.
    [InlineData("get \"sw\",\n  to: \"pwa#show\"")]
    // The default route of old applications reaches every controller.
    [InlineData("get \"sw\" => \"pwa#show\"\nmatch ':controller(/:action(/:id))', via: :all")]
    // No route names it: how it is reached is not known.
    [InlineData("get \"home\" => \"home#index\"")]
    // Two routes on one line.
    [InlineData("get \"sw\" => \"pwa#show\"; post \"sw/sync\" => \"pwa#sync\"")]
    // A route to the class itself.
    [InlineData("get \"sw\" => \"pwa#show\"\npost \"sw/sync\", to: PwaController.action(:sync)")]
    // Routes read from a file the audit does not read as routes.
    [InlineData("get \"sw\" => \"pwa#show\"\ninstance_eval(File.read(Rails.root.join(\"config/pwa_routes.rb\")))")]
    public void A_controller_another_verb_may_reach_is_not(string routes)
    {
        Assert.False(OnlyGet("app/controllers/pwa_controller.rb", routes));
    }

    [Fact]
    public void A_singular_resource_routes_to_the_plural_controller()
    {
        Assert.False(OnlyGet("app/controllers/profiles_controller.rb", "get \"me\" => \"profiles#show\"\nresource :profile"));
    }

    [Fact]
    public void A_controller_another_class_inherits_from_serves_that_ones_routes()
    {
        Assert.False(OnlyGet("app/controllers/pwa_controller.rb", "get \"sw\" => \"pwa#show\"", "pwacontroller"));
        Assert.True(OnlyGet("app/controllers/pwa_controller.rb", "get \"sw\" => \"pwa#show\"", "applicationcontroller"));
    }

    [Fact]
    public void Routes_drawn_from_another_file_count()
    {
        var routes = new[]
        {
            Routes("config/routes.rb", "get \"sw\" => \"pwa#show\"\ndraw :admin"),
            Routes("config/routes/admin.rb", "post \"sw\" => \"pwa#create\""),
        };
        Assert.False(RailsRoutes.OnlyGet("app/controllers/pwa_controller.rb", routes, new HashSet<string>(), new HashSet<string>()));
    }

    [Fact]
    public void Routes_not_read_leave_the_controller_unknown()
    {
        var routes = new[] { Routes("config/routes.rb", "get \"sw\" => \"pwa#show\"\ndraw :admin") };
        Assert.False(RailsRoutes.OnlyGet("app/controllers/pwa_controller.rb", routes, new HashSet<string> { "config/routes/admin.rb" }, new HashSet<string>()));
    }

    [Fact]
    public void An_engines_controller_is_read_against_the_engines_routes()
    {
        var routes = new[] { Routes("engines/billing/config/routes.rb", "get \"sw\" => \"pwa#show\"") };
        Assert.True(RailsRoutes.OnlyGet("engines/billing/app/controllers/billing/pwa_controller.rb", routes, new HashSet<string>(), new HashSet<string>()));
        Assert.False(RailsRoutes.OnlyGet("app/controllers/pwa_controller.rb", routes, new HashSet<string>(), new HashSet<string>()));
    }

    [Theory]
    [InlineData("class SignedPwaController < PwaController\nend", "pwacontroller")]
    [InlineData("module Admin\n  class PwaController < Admin::BaseController\n  end\nend", "basecontroller")]
    [InlineData("class ApiController < API::BaseController; end", "basecontroller")]
    public void A_class_names_the_class_it_inherits_from(string source, string parent)
    {
        using var masked = CodeMasker.Mask(source, Language.Ruby);
        Assert.Contains(parent, RailsRoutes.Parents(masked));
    }
}
