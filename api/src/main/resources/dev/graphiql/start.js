// GraphiQL for the dev profile, plus a token helper: pick a demo persona, and its token (client credentials at the dev
// issuer) goes into the Headers editor. Any other token can still be pasted there by hand.
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  const url = location.origin + (params.get('path') || '/graphql');
  const subscriptionUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host
      + (params.get('wsPath') || '/graphql');
  const fetcher = GraphiQL.createFetcher({ url, subscriptionUrl });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));

  // A new key mounts GraphiQL afresh, so the headers given here replace what the editor held.
  function render(headers) {
    root.render(React.createElement(GraphiQL, {
      key: headers || 'as-stored',
      fetcher,
      headers,
      shouldPersistHeaders: true,
      defaultEditorToolsVisibility: true,
    }));
  }
  render(undefined);

  const select = document.getElementById('persona');
  const status = document.getElementById('token-status');
  fetch('/dev/personas')
      .then((response) => response.json())
      .then((personas) => personas.forEach((persona) => {
        const option = new Option(persona.clientId + ' — ' + persona.displayName, persona.clientId);
        option.dataset.secret = persona.clientSecret;
        select.add(option);
      }))
      .catch(() => { status.value = 'No personas (is the dev profile on?)'; });

  document.getElementById('use-token').addEventListener('click', async () => {
    const persona = select.selectedOptions[0];
    if (!persona || !persona.value) {
      return;
    }
    const response = await fetch('/oauth2/token', {
      method: 'POST',
      headers: {
        'Authorization': 'Basic ' + btoa(persona.value + ':' + persona.dataset.secret),
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    if (!response.ok) {
      status.value = 'No token for ' + persona.value + ' (' + response.status + ')';
      return;
    }
    const token = (await response.json()).access_token;
    render(JSON.stringify({ Authorization: 'Bearer ' + token }, null, 2));
    status.value = 'Headers carry the token of ' + persona.value;
  });
})();
