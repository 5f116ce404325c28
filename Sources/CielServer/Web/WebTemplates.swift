import Mustache

/// The web app's Mustache templates, compiled into the binary so an installed `ciel` finds them from any working
/// directory. `{{…}}` escapes HTML; nothing user-provided is ever rendered with `{{{…}}}`.
enum WebTemplates {
    /// The compiled templates. They are constants of this file, so a syntax error is a programming error that the
    /// web tests catch, not an input problem.
    static let compiled: MustacheLibrary = {
        do {
            return try library()
        } catch {
            preconditionFailure("web templates do not compile: \(error)")
        }
    }()

    /// The library with every page and partial registered.
    static func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in all { try library.register(text, named: name) }
        return library
    }

    static let all: [(String, String)] = [
        ("head", head), ("foot", foot), ("landing", landing), ("signup", signup), ("login", login),
        ("create", create), ("video", video), ("videos", videos), ("feed", feed), ("account", account), ("cameos", cameos),
        ("admin", admin), ("error", error),
    ]

    static let head = #"""
        <!doctype html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · Ciel</title>
        <link rel="stylesheet" href="/static/ciel.css">
        <script src="/static/ciel.js" defer></script>
        </head>
        <body data-csrf="{{csrf}}">
        <a class="skip" href="#main">{{t.skip}}</a>
        <header class="top">
          <a class="brand" href="/">Ciel</a>
          <nav aria-label="{{t.nav_label}}">
            <ul>
            {{#user}}
              <li><a href="/" {{#nav_create}}aria-current="page"{{/nav_create}}>{{t.nav_create}}</a></li>
              <li><a href="/videos" {{#nav_videos}}aria-current="page"{{/nav_videos}}>{{t.nav_videos}}</a></li>
              <li><a href="/feed" {{#nav_feed}}aria-current="page"{{/nav_feed}}>{{t.nav_feed}}</a></li>
              <li><a href="/cameos" {{#nav_cameos}}aria-current="page"{{/nav_cameos}}>{{t.nav_cameos}}</a></li>
              <li><a href="/account" {{#nav_account}}aria-current="page"{{/nav_account}}>{{t.nav_account}}</a></li>
              {{#is_admin}}<li><a href="/admin" {{#nav_admin}}aria-current="page"{{/nav_admin}}>{{t.nav_admin}}</a></li>{{/is_admin}}
              <li class="who" aria-label="{{t.account}}">@{{user.username}}</li>
              <li><form method="post" action="/logout" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="link" id="logout">{{t.nav_logout}}</button></form></li>
            {{/user}}
            {{^user}}
              <li><a href="/feed" {{#nav_feed}}aria-current="page"{{/nav_feed}}>{{t.nav_feed}}</a></li>
              <li><a href="/login">{{t.nav_login}}</a></li>
              <li><a href="/signup">{{t.nav_signup}}</a></li>
            {{/user}}
              <li><a href="/lang/{{other_lang}}?back={{back}}" hreflang="{{other_lang}}" lang="{{other_lang}}" id="lang-switch" aria-label="{{t.lang_label}}: {{other_lang_name}}">{{other_lang_name}}</a></li>
            </ul>
          </nav>
        </header>
        <main id="main" tabindex="-1">
        {{#error_message}}<p class="alert error" role="alert" id="form-error">{{error_message}}</p>{{/error_message}}
        {{#notice}}<p class="alert notice" role="status">{{notice}}</p>{{/notice}}
        """#

    static let foot = #"""
        </main>
        <footer class="bottom"><p>{{t.footer}}</p></footer>
        </body>
        </html>
        """#

    static let landing = #"""
        {{>head}}
        <section class="hero">
          <h1>{{t.landing_title}}</h1>
          <p>{{t.landing_text}}</p>
          <p class="actions">
            {{#can_sign_up}}<a class="button primary" href="/signup">{{t.landing_signup}}</a>{{/can_sign_up}}
            <a class="button" href="/login">{{t.nav_login}}</a>
            <a class="button" href="/feed">{{t.landing_feed}}</a>
          </p>
        </section>
        {{>foot}}
        """#

    static let signup = #"""
        {{>head}}
        <h1>{{t.signup_title}}</h1>
        {{#closed}}<p>{{t.signup_closed}}</p>{{/closed}}
        {{^closed}}
        {{#invite_only}}<p>{{t.signup_invite_only}}</p>{{/invite_only}}
        <form method="post" action="/signup" class="card stack" id="signup-form">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label for="username">{{t.username}}</label>
          <input id="username" name="username" autocomplete="username" required minlength="3" maxlength="32" pattern="[A-Za-z0-9._\-]{3,32}" value="{{form_username}}" aria-describedby="username-help">
          <small id="username-help">{{t.username_help}}</small>
          <label for="display_name">{{t.display_name}}</label>
          <input id="display_name" name="display_name" maxlength="64" value="{{form_display_name}}">
          <label for="password">{{t.password}}</label>
          <input id="password" name="password" type="password" autocomplete="new-password" required minlength="8" aria-describedby="password-help">
          <small id="password-help">{{t.password_help}}</small>
          {{#invite_only}}
          <label for="invite">{{t.invite_code}}</label>
          <input id="invite" name="invite" required value="{{form_invite}}" autocomplete="off">
          {{/invite_only}}
          <button type="submit" class="primary">{{t.signup_submit}}</button>
        </form>
        {{/closed}}
        <p>{{t.have_account}} <a href="/login">{{t.nav_login}}</a></p>
        {{>foot}}
        """#

    static let login = #"""
        {{>head}}
        <h1>{{t.login_title}}</h1>
        <form method="post" action="/login" class="card stack" id="login-form">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label for="username">{{t.username}}</label>
          <input id="username" name="username" autocomplete="username" required value="{{form_username}}">
          <label for="password">{{t.password}}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required>
          <button type="submit" class="primary">{{t.login_submit}}</button>
        </form>
        {{#can_sign_up}}<p>{{t.no_account}} <a href="/signup">{{t.nav_signup}}</a></p>{{/can_sign_up}}
        {{>foot}}
        """#

    static let create = #"""
        {{>head}}
        <h1>{{t.create_title}}</h1>
        <p class="quota" id="quota">{{quota_text}}</p>
        <form method="post" action="/videos" enctype="multipart/form-data" class="card stack" id="create-form">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label for="prompt">{{t.prompt}}</label>
          <textarea id="prompt" name="prompt" rows="4" required maxlength="32000" placeholder="{{t.prompt_placeholder}}">{{form_prompt}}</textarea>
          <fieldset>
            <legend>{{t.duration}}</legend>
            <div class="choices">
            {{#durations}}
              <label class="choice"><input type="radio" name="seconds" value="{{value}}" {{#checked}}checked{{/checked}} {{#disabled}}disabled{{/disabled}}> {{value}} s{{#disabled}} <small>({{t.not_in_plan}})</small>{{/disabled}}</label>
            {{/durations}}
            </div>
          </fieldset>
          <fieldset>
            <legend>{{t.orientation}}</legend>
            <div class="choices">
              <label class="choice"><input type="radio" name="size" value="720x1280" {{^landscape}}checked{{/landscape}}> {{t.portrait}}</label>
              <label class="choice"><input type="radio" name="size" value="1280x720" {{#landscape}}checked{{/landscape}}> {{t.landscape}}</label>
            </div>
          </fieldset>
          {{#image_input}}
          <label for="input_reference">{{t.image}}</label>
          <input id="input_reference" name="input_reference" type="file" accept="image/png,image/jpeg,image/webp" aria-describedby="image-help">
          <small id="image-help">{{t.image_help}}</small>
          {{/image_input}}
          <details>
            <summary>{{t.advanced}}</summary>
            <div class="stack">
              <label for="seed">{{t.seed}}</label>
              <input id="seed" name="seed" inputmode="numeric" pattern="[0-9]*" value="{{form_seed}}" aria-describedby="seed-help">
              <small id="seed-help">{{t.seed_help}}</small>
              <label for="steps">{{t.steps}}</label>
              <input id="steps" name="steps" type="number" min="1" max="100" value="{{form_steps}}" placeholder="{{t.model_default}}">
              <label for="guidance">{{t.guidance}}</label>
              <input id="guidance" name="guidance" type="number" min="0" max="20" step="0.5" value="{{form_guidance}}" placeholder="{{t.model_default}}">
              <label for="negative_prompt">{{t.negative_prompt}}</label>
              <input id="negative_prompt" name="negative_prompt" maxlength="2000" value="{{form_negative}}" aria-describedby="negative-help">
              <small id="negative-help">{{t.negative_help}}</small>
            </div>
          </details>
          <button type="submit" class="primary" id="generate">{{t.create_submit}}</button>
        </form>
        {{>foot}}
        """#

    static let video = #"""
        {{>head}}
        {{#video}}
        <h1 class="prompt-title">{{prompt}}</h1>
        <section id="job" data-video-id="{{id}}" data-status="{{status}}" data-progress="{{progress}}" aria-live="polite">
          {{#in_flight}}
          <p><span id="status-text">{{status_text}}</span> · <span id="progress-text">{{progress}} %</span></p>
          <progress id="progress" max="100" value="{{progress}}" aria-label="{{t.progress}}">{{progress}} %</progress>
          <p class="hint">{{t.live_hint}}</p>
          {{/in_flight}}
          {{#completed}}
          <video id="player" playsinline controls preload="metadata" poster="/videos/{{id}}/file?variant=thumbnail" src="/videos/{{id}}/file?variant=video" aria-label="{{t.video_label}}" class="{{orientation}}"></video>
          {{/completed}}
          {{#failed}}
          <p class="alert error" role="alert" id="failure">{{t.status_failed}}{{#failure}}: {{failure}}{{/failure}}</p>
          {{/failed}}
        </section>
        <dl class="details">
          <dt>{{t.duration}}</dt><dd>{{seconds}} s</dd>
          <dt>{{t.orientation}}</dt><dd>{{orientation_text}}</dd>
          {{#remixed_from}}<dt>{{t.remix_of}}</dt><dd><a href="/videos/{{remixed_from}}">{{remixed_from}}</a></dd>{{/remixed_from}}
          {{#seed}}<dt>{{t.seed}}</dt><dd>{{seed}}</dd>{{/seed}}
        </dl>
        {{#mine}}
        <div class="actions">
          {{#completed}}
          <a class="button" href="/videos/{{id}}/file?variant=video&amp;download=1" download id="download">{{t.download}}</a>
          <form method="post" action="/videos/{{id}}/share" class="inline">
            <input type="hidden" name="csrf" value="{{csrf}}">
            {{#shared}}<input type="hidden" name="shared" value="0"><button type="submit" id="share-toggle" aria-pressed="true">{{t.unshare}}</button>{{/shared}}
            {{^shared}}<input type="hidden" name="shared" value="1"><button type="submit" id="share-toggle" aria-pressed="false">{{t.share}}</button>{{/shared}}
          </form>
          {{/completed}}
          <form method="post" action="/videos/{{id}}/delete" class="inline" data-confirm="{{t.confirm_delete}}">
            <input type="hidden" name="csrf" value="{{csrf}}">
            <button type="submit" class="danger" id="delete">{{t.delete}}</button>
          </form>
        </div>
        {{/mine}}
        {{#can_remix}}
        <form method="post" action="/videos/{{id}}/remix" class="card stack" id="remix-form">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label for="remix-prompt">{{t.remix_prompt}}</label>
          <textarea id="remix-prompt" name="prompt" rows="2" required maxlength="32000"></textarea>
          <button type="submit" class="primary" id="remix">{{t.remix}}</button>
        </form>
        {{/can_remix}}
        {{/video}}
        {{>foot}}
        """#

    static let videos = #"""
        {{>head}}
        <h1>{{t.videos_title}}</h1>
        {{^items}}<p id="empty">{{t.videos_empty}} <a href="/">{{t.nav_create}}</a></p>{{/items}}
        <ul class="grid" id="my-videos">
        {{#items}}
          <li class="tile" data-video-id="{{id}}">
            <a href="/videos/{{id}}" class="thumb {{orientation}}">
              {{#completed}}<img src="/videos/{{id}}/file?variant=thumbnail" alt="" loading="lazy">{{/completed}}
              {{^completed}}<span class="status">{{status_text}}{{#in_flight}} · {{progress}} %{{/in_flight}}</span>{{/completed}}
            </a>
            <p class="caption">{{prompt}}</p>
            <div class="tile-actions">
              <a href="/videos/{{id}}">{{t.open}}<span class="visually-hidden">: {{prompt}}</span></a>
              {{#completed}}
              <a href="/videos/{{id}}/file?variant=video&amp;download=1" download>{{t.download}}</a>
              <form method="post" action="/videos/{{id}}/share" class="inline">
                <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="return_to" value="/videos">
                {{#shared}}<input type="hidden" name="shared" value="0"><button type="submit" class="link" aria-pressed="true">{{t.unshare}}</button>{{/shared}}
                {{^shared}}<input type="hidden" name="shared" value="1"><button type="submit" class="link" aria-pressed="false">{{t.share}}</button>{{/shared}}
              </form>
              <a href="/videos/{{id}}#remix-form">{{t.remix}}</a>
              {{/completed}}
              <form method="post" action="/videos/{{id}}/delete" class="inline" data-confirm="{{t.confirm_delete}}">
                <input type="hidden" name="csrf" value="{{csrf}}">
                <button type="submit" class="link danger">{{t.delete}}</button>
              </form>
            </div>
          </li>
        {{/items}}
        </ul>
        {{>foot}}
        """#

    static let feed = #"""
        {{>head}}
        <h1>{{t.feed_title}}</h1>
        {{^items}}<p id="empty">{{t.feed_empty}}</p>{{/items}}
        <ul class="grid" id="feed">
        {{#items}}
          <li class="tile" data-video-id="{{id}}">
            <video playsinline controls preload="none" poster="/videos/{{id}}/file?variant=thumbnail" src="/videos/{{id}}/file?variant=video" class="{{orientation}}" aria-label="{{prompt}}"></video>
            <p class="caption">{{prompt}}</p>
            <p class="author">{{t.by}} {{author}}</p>
            <div class="tile-actions">
              {{#logged_in}}<a href="/videos/{{id}}#remix-form">{{t.remix}}</a>{{/logged_in}}
              {{^logged_in}}<a href="/login">{{t.login_to_remix}}</a>{{/logged_in}}
            </div>
          </li>
        {{/items}}
        </ul>
        {{>foot}}
        """#

    static let account = #"""
        {{>head}}
        <h1>{{t.account_title}}</h1>
        <p>{{display_name}} (@{{username}}) · {{t.plan}}: <strong>{{tier}}</strong></p>
        <section class="card">
          <h2>{{t.quota_title}}</h2>
          <p id="quota">{{quota_text}}</p>
        </section>
        <section class="card">
          <h2>{{t.api_keys}}</h2>
          <p class="hint">{{t.api_hint}}</p>
          {{#new_key}}<p class="alert notice" role="status">{{t.key_created}} <code id="new-key">{{new_key}}</code></p>{{/new_key}}
          {{^keys}}<p>{{t.no_keys}}</p>{{/keys}}
          {{#has_keys}}
          <div class="table-wrap"><table id="keys">
            <thead><tr><th scope="col">{{t.name}}</th><th scope="col">{{t.created}}</th><th scope="col">{{t.state}}</th><th scope="col">{{t.actions}}</th></tr></thead>
            <tbody>
            {{#keys}}
              <tr><td>{{name}} <code>{{prefix}}…</code></td><td>{{created}}</td><td>{{#revoked}}{{t.revoked}}{{/revoked}}{{^revoked}}{{t.active}}{{/revoked}}</td>
              <td>{{^revoked}}<form method="post" action="/account/keys/{{id}}/revoke" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="link danger">{{t.revoke}}<span class="visually-hidden"> {{name}}</span></button></form>{{/revoked}}</td></tr>
            {{/keys}}
            </tbody>
          </table></div>
          {{/has_keys}}
          <form method="post" action="/account/keys" class="stack" id="key-form">
            <input type="hidden" name="csrf" value="{{csrf}}">
            <label for="key-name">{{t.key_name}}</label>
            <input id="key-name" name="name" required maxlength="64">
            <button type="submit">{{t.create_key}}</button>
          </form>
        </section>
        {{#show_invites}}
        <section class="card">
          <h2>{{t.invites_title}}</h2>
          <ul id="invites">{{#invites}}<li><code>{{code}}</code> — {{#used}}{{t.used}}{{/used}}{{^used}}<a href="/signup?invite={{code}}">{{t.unused}}</a>{{/used}}</li>{{/invites}}</ul>
          {{#can_invite}}
          <form method="post" action="/account/invites" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.create_invite}}</button></form>
          {{/can_invite}}
        </section>
        {{/show_invites}}
        {{>foot}}
        """#

    static let cameos = #"""
        {{>head}}
        <h1>{{t.cameos_title}}</h1>
        <p class="hint">{{t.cameos_intro}}</p>
        {{#error_message}}<p class="alert error" role="alert" id="cameo-error">{{error_message}}</p>{{/error_message}}
        {{^has_cameos}}<p id="no-cameos">{{t.cameo_none}}</p>{{/has_cameos}}
        {{#cameos}}
        <section class="card cameo" id="cameo-{{handle}}">
          <h2>@{{handle}} <span class="hint">{{name}}</span></h2>
          <p>{{t.cameo_permission}}: <strong class="cameo-permission">{{permission}}</strong>{{#has_approved}} — {{approved}}{{/has_approved}}</p>
          <form method="post" action="/cameos/{{id}}/permission" class="stack">
            <input type="hidden" name="csrf" value="{{csrf}}">
            <label for="perm-{{id}}">{{t.cameo_permission}}</label>
            <select id="perm-{{id}}" name="permission">
              <option value="only_me" {{#is_only_me}}selected{{/is_only_me}}>{{t.perm_only_me}}</option>
              <option value="approved" {{#is_approved}}selected{{/is_approved}}>{{t.perm_approved}}</option>
              <option value="everyone" {{#is_everyone}}selected{{/is_everyone}}>{{t.perm_everyone}}</option>
            </select>
            <label for="approved-{{id}}">{{t.cameo_approved}}</label>
            <input id="approved-{{id}}" name="approved" value="{{approved}}" autocomplete="off">
            <button type="submit">{{t.cameo_save}}</button>
          </form>
          <h3>{{t.cameo_videos}}</h3>
          {{^has_videos}}<p>{{t.cameo_no_videos}}</p>{{/has_videos}}
          {{#has_videos}}
          <ul class="cameo-videos">
          {{#videos}}
            <li><span class="prompt">{{prompt}}</span> · {{status}}
              <form method="post" action="/cameos/{{id}}/videos/{{video_id}}/delete" class="inline cameo-video-delete"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="link danger">{{t.delete}}<span class="visually-hidden"> {{prompt}}</span></button></form>
            </li>
          {{/videos}}
          </ul>
          {{/has_videos}}
          <form method="post" action="/cameos/{{id}}/delete" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="danger">{{t.cameo_revoke}} @{{handle}}</button></form>
        </section>
        {{/cameos}}
        <section class="card">
          <h2>{{t.cameo_new}}</h2>
          <form method="post" action="/cameos" enctype="multipart/form-data" class="stack" id="cameo-form">
            <input type="hidden" name="csrf" value="{{csrf}}">
            <label for="cameo-name">{{t.cameo_name}}</label>
            <input id="cameo-name" name="name" required maxlength="100">
            <label for="cameo-handle">{{t.cameo_handle}}</label>
            <input id="cameo-handle" name="handle" required minlength="3" maxlength="30" pattern="[a-z0-9][a-z0-9_.]*[a-z0-9_]" autocapitalize="none" autocomplete="off">
            <label for="cameo-photos">{{t.cameo_photos}}</label>
            <input id="cameo-photos" name="images[]" type="file" accept="image/png,image/jpeg,image/webp" multiple required>
            <label for="cameo-permission">{{t.cameo_permission}}</label>
            <select id="cameo-permission" name="permission">
              <option value="only_me">{{t.perm_only_me}}</option>
              <option value="approved">{{t.perm_approved}}</option>
              <option value="everyone">{{t.perm_everyone}}</option>
            </select>
            <label for="cameo-approved">{{t.cameo_approved}}</label>
            <input id="cameo-approved" name="approved" autocomplete="off">
            <label class="check"><input type="checkbox" name="attestation" value="true" required> {{t.cameo_attest}}</label>
            <button type="submit">{{t.cameo_create}}</button>
          </form>
        </section>
        {{>foot}}
        """#

    static let admin = #"""
        {{>head}}
        <h1>{{t.admin_title}}</h1>
        <p>{{t.signup_mode}}: <strong>{{signup_mode}}</strong></p>
        <section class="card">
          <h2>{{t.queue_status}}</h2>
          <ul class="counts">{{#status_counts}}<li>{{label}}: <strong>{{count}}</strong></li>{{/status_counts}}</ul>
          {{^queue}}<p>{{t.queue_empty}}</p>{{/queue}}
          {{#has_queue}}
          <div class="table-wrap"><table id="queue"><thead><tr><th scope="col">{{t.video}}</th><th scope="col">{{t.account}}</th><th scope="col">{{t.state}}</th><th scope="col">{{t.progress}}</th></tr></thead><tbody>
          {{#queue}}<tr><td><code>{{id}}</code></td><td>{{account}}</td><td>{{status}}</td><td>{{progress}} %</td></tr>{{/queue}}
          </tbody></table></div>
          {{/has_queue}}
        </section>
        <section class="card">
          <h2>{{t.users}}</h2>
          <div class="table-wrap"><table id="users"><thead><tr><th scope="col">{{t.username}}</th><th scope="col">{{t.actions}}</th></tr></thead><tbody>
          {{#users}}
          <tr><td>{{display_name}} (@{{username}})</td>
            <td>
              <form method="post" action="/admin/accounts/{{id}}" class="row">
                <input type="hidden" name="csrf" value="{{csrf}}">
                <label class="visually-hidden" for="tier-{{id}}">{{t.tier}} {{username}}</label>
                <select id="tier-{{id}}" name="tier">{{#tiers}}<option value="{{name}}" {{#selected}}selected{{/selected}}>{{name}}</option>{{/tiers}}</select>
                <label><input type="checkbox" name="admin" value="1" {{#is_admin}}checked{{/is_admin}}> {{t.admin_flag}}</label>
                <label><input type="checkbox" name="disabled" value="1" {{#disabled}}checked{{/disabled}}> {{t.disabled}}</label>
                <button type="submit">{{t.save}}<span class="visually-hidden"> {{username}}</span></button>
              </form>
            </td></tr>
          {{/users}}
          </tbody></table></div>
        </section>
        <section class="card">
          <h2>{{t.invite_codes}}</h2>
          <ul id="invites">{{#invites}}<li><code>{{code}}</code> — {{#used}}{{t.used}}{{/used}}{{^used}}{{t.unused}}{{/used}}</li>{{/invites}}</ul>
          <form method="post" action="/admin/invites" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.create_invite}}</button></form>
        </section>
        <section class="card">
          <h2>{{t.moderation_log}}</h2>
          {{^moderation}}<p>{{t.moderation_none}}</p>{{/moderation}}
          {{#has_moderation}}
          <div class="table-wrap"><table id="moderation"><tbody>
          {{#moderation}}<tr>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/moderation}}
          </tbody></table></div>
          {{/has_moderation}}
        </section>
        {{>foot}}
        """#

    static let error = #"""
        {{>head}}
        <h1>{{t.error_title}}</h1>
        <p id="error-text">{{message}}</p>
        <p><a href="/">{{t.back_home}}</a></p>
        {{>foot}}
        """#
}
