import Foundation

/// A language of the web app.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case french = "fr"

    /// The language to use: the `ciel_lang` cookie when set, else the first supported `Accept-Language` entry (by
    /// quality), else English.
    static func negotiate(cookie: String?, acceptLanguage: String?) -> Language {
        if let cookie, let language = Language(rawValue: cookie) { return language }
        guard let acceptLanguage else { return .english }
        let ranked = acceptLanguage.split(separator: ",").enumerated().compactMap {
            index, entry -> (tag: String, quality: Double, index: Int)? in
            let parts = entry.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased(), !tag.isEmpty else { return nil }
            var quality = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            return (tag, quality, index)
        }.sorted { $0.quality != $1.quality ? $0.quality > $1.quality : $0.index < $1.index }
        for entry in ranked where entry.quality > 0 {
            let primary = String(entry.tag.split(separator: "-").first ?? "")
            if let language = Language(rawValue: primary) { return language }
        }
        return .english
    }

    /// The other language (for the switch).
    var other: Language { self == .english ? .french : .english }

    /// The language's own name.
    var nativeName: String { self == .english ? "English" : "Français" }
}

/// Every string of the web app in English and French. Templates read them as `{{t.key}}`; Swift code formats the
/// few with arguments through `Localization.format`.
enum Localization {
    /// key → (English, French).
    static let table: [String: (en: String, fr: String)] = [
        // Layout
        "skip": ("Skip to content", "Aller au contenu"),
        "nav_create": ("Create", "Créer"),
        "nav_videos": ("My videos", "Mes vidéos"),
        "nav_feed": ("Feed", "Fil public"),
        "nav_account": ("Account", "Compte"),
        "nav_admin": ("Admin", "Administration"),
        "nav_cameos": ("Cameos", "Caméos"),
        // Cameos
        "cameos_title": ("My cameos", "Mes caméos"),
        "cameos_intro": (
            "A cameo is your own likeness. Register photos of yourself, choose who may put you in a video by writing @your-handle, and revoke it whenever you want: videos waiting in line stop at once.",
            "Un caméo, c’est votre image. Enregistrez des photos de vous, choisissez qui peut vous mettre dans une vidéo en écrivant @votre-identifiant, et révoquez-le quand vous voulez : les vidéos en attente s’arrêtent aussitôt."
        ),
        "cameo_none": ("You have no cameo yet.", "Vous n’avez pas encore de caméo."),
        "cameo_new": ("Register my cameo", "Enregistrer mon caméo"),
        "cameo_name": ("Your name", "Votre nom"),
        "cameo_handle": ("Handle (written after @ in prompts)", "Identifiant (écrit après @ dans les descriptions)"),
        "cameo_photos": ("Photos of you (1 to 5)", "Photos de vous (1 à 5)"),
        "cameo_permission": ("Who may use it", "Qui peut l’utiliser"),
        "perm_only_me": ("Only me", "Moi seulement"),
        "perm_approved": ("People I approve", "Les personnes que j’approuve"),
        "perm_everyone": ("Everyone", "Tout le monde"),
        "cameo_approved": ("Approved usernames, separated by commas", "Noms d’utilisateur approuvés, séparés par des virgules"),
        "cameo_attest": (
            "I am the adult shown in these photos and I consent to this cameo.",
            "Je suis la personne majeure visible sur ces photos et je consens à ce caméo."
        ),
        "cameo_create": ("Create the cameo", "Créer le caméo"),
        "cameo_save": ("Save", "Enregistrer"),
        "cameo_revoke": ("Revoke", "Révoquer"),
        "cameo_videos": ("Videos made with it", "Vidéos qui l’utilisent"),
        "cameo_no_videos": ("None yet.", "Aucune pour l’instant."),
        "err_cameo_taken": ("That handle is already taken.", "Cet identifiant est déjà pris."),
        "err_cameo_handle": (
            "A handle is 3 to 30 lowercase letters, digits, dots or underscores.",
            "Un identifiant compte 3 à 30 lettres minuscules, chiffres, points ou tirets bas."
        ),
        "err_cameo_attest": ("Please confirm that you are the adult shown and consent.", "Confirmez que vous êtes la personne majeure visible et que vous consentez."),
        "err_cameo_images": ("Add 1 to 5 photos (PNG, JPEG or WebP).", "Ajoutez 1 à 5 photos (PNG, JPEG ou WebP)."),
        "err_cameo_approved": ("One of the approved usernames does not exist.", "Un des noms d’utilisateur approuvés n’existe pas."),
        "err_cameo_forbidden": ("Its owner has not allowed you to use this cameo.", "Son propriétaire ne vous a pas autorisé à utiliser ce caméo."),
        "err_cameo_unknown": ("No cameo has that handle.", "Aucun caméo ne porte cet identifiant."),
        "err_cameo_model": ("This model cannot show a cameo.", "Ce modèle ne peut pas montrer de caméo."),
        "nav_login": ("Log in", "Se connecter"),
        "nav_signup": ("Sign up", "Créer un compte"),
        "nav_logout": ("Log out", "Se déconnecter"),
        "nav_label": ("Main", "Principal"),
        "lang_label": ("Language", "Langue"),
        "footer": (
            "Every video carries a visible watermark and a signed C2PA manifest.",
            "Chaque vidéo porte un filigrane visible et un manifeste C2PA signé."
        ),
        // Landing
        "landing_title": ("Turn a sentence into a short video", "Une phrase devient une courte vidéo"),
        "landing_text": (
            "Ciel is an open video generator. Any phone or computer, French or English, no waiting list.",
            "Ciel est un générateur de vidéos ouvert. Sur tout téléphone ou ordinateur, en français ou en anglais, sans liste d’attente."
        ),
        "landing_signup": ("Create a free account", "Créer un compte gratuit"),
        "landing_feed": ("See shared videos", "Voir les vidéos partagées"),
        // Auth
        "signup_title": ("Create your account", "Créer votre compte"),
        "login_title": ("Log in", "Connexion"),
        "username": ("Username", "Nom d’utilisateur"),
        "username_help": ("3 to 32 characters: letters, digits, dot, dash, underscore.", "3 à 32 caractères : lettres, chiffres, point, tiret, tiret bas."),
        "display_name": ("Display name (optional)", "Nom affiché (facultatif)"),
        "password": ("Password", "Mot de passe"),
        "password_help": ("At least 8 characters.", "Au moins 8 caractères."),
        "invite_code": ("Invitation code", "Code d’invitation"),
        "signup_submit": ("Create account", "Créer le compte"),
        "login_submit": ("Log in", "Se connecter"),
        "no_account": ("No account yet?", "Pas encore de compte ?"),
        "have_account": ("Already have an account?", "Vous avez déjà un compte ?"),
        "signup_closed": ("Sign-up is closed on this server.", "Les inscriptions sont fermées sur ce serveur."),
        "signup_invite_only": ("Sign-up needs an invitation code on this server.", "L’inscription demande un code d’invitation sur ce serveur."),
        "err_credentials": ("Wrong username or password.", "Nom d’utilisateur ou mot de passe incorrect."),
        "err_rate_limited": ("Too many attempts. Try again in a few minutes.", "Trop de tentatives. Réessayez dans quelques minutes."),
        "err_username_taken": ("This username is taken.", "Ce nom d’utilisateur est déjà pris."),
        "err_username_invalid": ("Choose 3 to 32 characters: letters, digits, dot, dash, underscore.", "Choisissez 3 à 32 caractères : lettres, chiffres, point, tiret, tiret bas."),
        "err_password_short": ("The password needs at least 8 characters.", "Le mot de passe doit compter au moins 8 caractères."),
        "err_invite_invalid": ("This invitation code is not valid or was already used.", "Ce code d’invitation n’est pas valide ou a déjà servi."),
        "err_display_name": ("The display name is too long (64 characters at most).", "Le nom affiché est trop long (64 caractères au plus)."),
        // Create
        "create_title": ("Create a video", "Créer une vidéo"),
        "prompt": ("Describe your video", "Décrivez votre vidéo"),
        "prompt_placeholder": ("A red kite flies over a green hill at sunset", "Un cerf-volant rouge vole au-dessus d’une colline verte au coucher du soleil"),
        "duration": ("Duration", "Durée"),
        "orientation": ("Orientation", "Orientation"),
        "portrait": ("Portrait", "Portrait"),
        "landscape": ("Landscape", "Paysage"),
        "image": ("Start from an image (optional)", "Partir d’une image (facultatif)"),
        "image_help": ("PNG, JPEG or WebP; it becomes the first frame.", "PNG, JPEG ou WebP ; elle devient la première image."),
        "advanced": ("Advanced settings", "Réglages avancés"),
        "seed": ("Seed", "Graine"),
        "seed_help": ("The same seed and settings give the same video.", "La même graine et les mêmes réglages donnent la même vidéo."),
        "steps": ("Steps", "Étapes"),
        "guidance": ("Guidance", "Guidage"),
        "negative_prompt": ("Negative prompt", "Prompt négatif"),
        "negative_help": ("What the video should avoid.", "Ce que la vidéo doit éviter."),
        "model_default": ("model default", "valeur du modèle"),
        "create_submit": ("Generate", "Générer"),
        "plan": ("Plan", "Forfait"),
        "quota_unlimited": ("No daily limit.", "Pas de limite quotidienne."),
        "not_in_plan": ("not in your plan", "hors de votre forfait"),
        // Videos
        "status_queued": ("Waiting in line", "En file d’attente"),
        "status_in_progress": ("Generating", "Génération en cours"),
        "status_completed": ("Ready", "Prête"),
        "status_failed": ("Failed", "Échec"),
        "progress": ("Progress", "Progression"),
        "video_label": ("Generated video", "Vidéo générée"),
        "download": ("Download", "Télécharger"),
        "delete": ("Delete", "Supprimer"),
        "confirm_delete": ("Delete this video for good?", "Supprimer définitivement cette vidéo ?"),
        "remix": ("Remix", "Remixer"),
        "remix_prompt": ("New prompt for the remix", "Nouveau prompt pour le remix"),
        "share": ("Share in the feed", "Partager dans le fil"),
        "unshare": ("Stop sharing", "Ne plus partager"),
        "shared": ("Shared", "Partagée"),
        "videos_title": ("My videos", "Mes vidéos"),
        "videos_empty": ("You have no videos yet.", "Vous n’avez pas encore de vidéo."),
        "open": ("Open", "Ouvrir"),
        "remix_of": ("Remix of", "Remix de"),
        "prompt_label": ("Prompt", "Prompt"),
        "details": ("Details", "Détails"),
        "live_hint": ("This page updates by itself.", "Cette page se met à jour toute seule."),
        "feed_title": ("Shared videos", "Vidéos partagées"),
        "feed_empty": ("Nothing shared yet.", "Rien n’est encore partagé."),
        "by": ("by", "par"),
        "login_to_remix": ("Log in to remix", "Connectez-vous pour remixer"),
        // Account
        "account_title": ("Your account", "Votre compte"),
        "api_keys": ("API keys", "Clés d’API"),
        "api_hint": ("Use a key with any OpenAI SDK: set base_url to this server’s /v1.", "Utilisez une clé avec n’importe quel SDK OpenAI : base_url = l’adresse /v1 de ce serveur."),
        "key_name": ("Key name", "Nom de la clé"),
        "create_key": ("Create a key", "Créer une clé"),
        "key_created": ("Copy this key now; it will not be shown again:", "Copiez cette clé maintenant ; elle ne sera plus affichée :"),
        "revoke": ("Revoke", "Révoquer"),
        "revoked": ("Revoked", "Révoquée"),
        "active": ("Active", "Active"),
        "no_keys": ("No keys yet.", "Aucune clé pour l’instant."),
        "quota_title": ("Today’s quota", "Quota du jour"),
        "invites_title": ("Invitations", "Invitations"),
        "create_invite": ("Create an invitation code", "Créer un code d’invitation"),
        "used": ("used", "utilisé"),
        "unused": ("not used yet", "pas encore utilisé"),
        "created": ("Created", "Créée"),
        "name": ("Name", "Nom"),
        "state": ("State", "État"),
        "actions": ("Actions", "Actions"),
        // Admin
        "admin_title": ("Administration", "Administration"),
        "users": ("Users", "Utilisateurs"),
        "tier": ("Tier", "Forfait"),
        "admin_flag": ("Admin", "Admin"),
        "disabled": ("Disabled", "Désactivé"),
        "save": ("Save", "Enregistrer"),
        "invite_codes": ("Invitation codes", "Codes d’invitation"),
        "queue_status": ("Queue", "File d’attente"),
        "queue_empty": ("Nothing queued or running.", "Rien en attente ni en cours."),
        "moderation_log": ("Moderation log", "Journal de modération"),
        "moderation_none": ("No moderation log on this server yet.", "Pas encore de journal de modération sur ce serveur."),
        "signup_mode": ("Sign-up", "Inscriptions"),
        "count": ("Count", "Nombre"),
        "video": ("Video", "Vidéo"),
        "account": ("Account", "Compte"),
        // Errors
        "error_title": ("Something went wrong", "Un problème est survenu"),
        "not_found": ("This page does not exist, or it is not yours.", "Cette page n’existe pas, ou elle n’est pas à vous."),
        "forbidden": ("This form expired. Go back, reload the page and try again.", "Ce formulaire a expiré. Revenez en arrière, rechargez la page et réessayez."),
        "admin_only": ("Only administrators can open this page.", "Seuls les administrateurs peuvent ouvrir cette page."),
        "back_home": ("Back to the start page", "Retour à l’accueil"),
        "err_form": ("Please check the form: %1", "Vérifiez le formulaire : %1"),
        "err_quota": ("You have used today’s quota of %1 videos. It renews at midnight UTC.", "Vous avez utilisé votre quota du jour de %1 vidéos. Il se renouvelle à minuit UTC."),
        "err_tier": ("Your plan (%1) does not allow this duration or size.", "Votre forfait (%1) ne permet pas cette durée ou cette taille."),
        "err_busy": ("You already have many videos in progress. Wait until one finishes.", "Vous avez déjà beaucoup de vidéos en cours. Attendez qu’une se termine."),
        "err_moderation": ("This prompt was refused because it asks for %1.", "Ce prompt a été refusé car il demande %1."),
        "err_not_ready": ("The video is not finished yet.", "La vidéo n’est pas encore terminée."),
        "quota_left": ("%1 of %2 videos left today (%3 plan).", "Il vous reste %1 vidéos sur %2 aujourd’hui (forfait %3)."),
        "mod_sexual": ("sexual content", "du contenu sexuel"),
        "mod_minors": ("content that sexualises minors", "du contenu sexualisant des mineurs"),
        "mod_public_figure": ("a real public figure", "une personnalité publique réelle"),
        "mod_violence": ("graphic violence", "de la violence explicite"),
        "mod_hate": ("hate or extremist content", "du contenu haineux ou extrémiste"),
        "mod_self_harm": ("self-harm", "de l’automutilation"),
        "mod_other": ("something this server does not allow", "quelque chose que ce serveur n’autorise pas"),
    ]

    /// All strings of one language, for templates.
    static func strings(_ language: Language) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in table { result[key] = language == .english ? value.en : value.fr }
        return result
    }

    /// One string with `%1`, `%2`, … replaced by `arguments`.
    static func format(_ key: String, _ language: Language, _ arguments: String...) -> String {
        guard let entry = table[key] else { return key }
        var text = language == .english ? entry.en : entry.fr
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "%\(index + 1)", with: argument)
        }
        return text
    }

    /// The localized category of a moderation rule name (`sexual_content`, `public_figure`, …), matched on words so
    /// it keeps working whatever exact rule names the guardrails module uses.
    static func moderationCategory(_ rule: String?, _ language: Language) -> String {
        let rule = (rule ?? "").lowercased()
        let key: String
        if rule.contains("minor") || rule.contains("child") || rule.contains("csam") {
            key = "mod_minors"
        } else if rule.contains("sex") || rule.contains("nud") {
            key = "mod_sexual"
        } else if rule.contains("public") || rule.contains("figure") || rule.contains("celebr") || rule.contains("person") {
            key = "mod_public_figure"
        } else if rule.contains("violen") || rule.contains("gore") {
            key = "mod_violence"
        } else if rule.contains("hate") || rule.contains("extrem") {
            key = "mod_hate"
        } else if rule.contains("self") || rule.contains("suicid") {
            key = "mod_self_harm"
        } else {
            key = "mod_other"
        }
        return format(key, language)
    }
}
