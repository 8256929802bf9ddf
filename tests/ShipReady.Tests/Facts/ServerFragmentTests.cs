using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class ServerFragmentTests
{
    [Theory]
    [InlineData("resp.data", "window.$http.get(`/attachments/get/page/${this.pageId}`).then(resp => {", true)]
    [InlineData("resp.data", "$http.post('./preview', form).then((resp) => {", true)]
    [InlineData("resp.data", "const resp = await window.$http.get(`/attachments/edit/${id}`);", true)]
    [InlineData("formHtml", "const {data: formHtml} = await window.$http.get(`/images/edit/${imageId}`, params);", true)]
    [InlineData("data);", "const { data } = await axios.post(`images/${type}`, { page: 1 });", true)]
    [InlineData("html", "let { status, data: html } = await this.$http.get('../partials/list');", true)]
    [InlineData("html", "let { status, data: html } = await apiClient.get('../partials/list');", false)]
    [InlineData("resp.data", "const resp = await axios.get(`/${location.hash.slice(1)}`);", false)]
    [InlineData("resp.data", "const resp = await axios.get('/' + location.hash.slice(1));", false)]
    [InlineData("resp.data", "const resp = await axios.get(`/pages/${location.hash.slice(1)}`);", true)]
    [InlineData("resp.data.html", "const resp = await window.$http.get(`/comments/${id}`);", false)]
    [InlineData("resp.data", "const resp = await axios.get(`https://widgets.acme-corp.io/${url}`);", false)]
    [InlineData("resp.data", "const resp = await axios.get('//cdn.acme-corp.io/bio');", false)]
    [InlineData("resp.data", "const resp = await axios.get('api.acme-corp.io/bio');", false)]
    [InlineData("res.data", "axios.get('/bio').then(resp => {", false)]
    [InlineData("meta", "const { data, meta } = await axios.get('/search');", false)]
    [InlineData("data", "const { data: rows } = await axios.get('/search');", false)]
    [InlineData("resp.data", "const resp = await cache.get('/bio');", false)]
    [InlineData("resp.data", "const resp = await fetchJson(`/bio/${id}`);", false)]
    public void Only_the_whole_answer_of_the_apps_own_server_is_a_fragment_it_rendered(string value, string binding, bool fragment)
    {
        Assert.Equal(fragment, ServerFragment.Holds(value, binding));
    }

    [Theory]
    [InlineData("const api = axios.create({ baseURL: 'https://widgets.other-vendor.io' });", true)]
    [InlineData("axios.defaults.baseUrl = process.env.API;", true)]
    [InlineData("const resp = await axios.get('/widget');", false)]
    [InlineData("event.target.src = window.baseUrl('loading_error.png');", false)]
    [InlineData("if (config.baseURL === undefined) {}", false)]
    public void A_client_given_a_base_address_in_the_file_may_call_another_site(string code, bool sets)
    {
        Assert.Equal(sets, ServerFragment.SetsBaseAddress(code));
    }
}
