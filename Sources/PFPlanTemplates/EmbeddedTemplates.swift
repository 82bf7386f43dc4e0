// Generated from Templates/ by `swift run pfplan-embed-templates`: do not edit.
// EmbeddedTemplatesTests fails when this differs from the files on disk.
// swift-format-ignore-file

/// Every file under Templates/ (models, document templates, locales, GCM
/// texts, schema, starter plan), by its path there, as the text of the file.
public enum EmbeddedTemplates {
    public static let files: [String: String] = [
        "frameworks/default.yaml": #"""
# The default pfplan framework model: local multi-actor prevention of hate,
# violent extremism and targeted violence. A needs and vulnerabilities
# assessment, the three public-health prevention levels, and preparedness,
# response and recovery around incidents. docs/framework-model.md describes
# it; a plan selects it with `framework.model: default`.
#
# Titles and summaries are written in English (`language: en`); each has
# its Spanish, French and Arabic text under `translations`, so that a
# plan rendered in those languages shows the model in them too.
model: default
language: en
title: Local multi-actor prevention framework
summary: >-
  A city-led, whole-of-society framework to prevent hate, violent extremism
  and targeted violence: assess local needs, prevent at the primary,
  secondary and tertiary levels, and prepare for, respond to and recover
  from incidents.
translations:
  es:
    title: Marco local de prevención multiactor
    summary: >-
      Un marco liderado por la ciudad, con la participación de toda la
      sociedad, para prevenir el odio, el extremismo violento y la violencia
      dirigida: evaluar las necesidades locales, prevenir en los niveles
      primario, secundario y terciario, y prepararse para los incidentes,
      responder a ellos y recuperarse.
  fr:
    title: Cadre local de prévention multi-acteurs
    summary: >-
      Un cadre piloté par la ville et porté par l’ensemble de la société
      pour prévenir la haine, l’extrémisme violent et la violence ciblée :
      évaluer les besoins locaux, prévenir aux niveaux primaire, secondaire
      et tertiaire, et se préparer aux incidents, y répondre et s’en
      relever.
  ar:
    title: الإطار المحلي متعدد الأطراف للوقاية
    summary: >-
      إطار تقوده المدينة ويشارك فيه المجتمع بأسره للوقاية من الكراهية
      والتطرف العنيف والعنف الموجَّه: تقييم الاحتياجات المحلية، والوقاية على
      المستويات الأولية والثانوية والثالثية، والاستعداد للحوادث والاستجابة لها
      والتعافي منها.

stages:
  - id: assess
    title: Needs and vulnerabilities assessment
    summary: >-
      Map, with the communities concerned, local threats and their drivers,
      groups at risk, service gaps and the prevention assets already there.
    needs:
      sectors:
        - local-government
        - any-of: [higher-education, research, public-health]
        # A community voice: the assessment is made with those it is about.
        - any-of: [civil-society, faith, immigrant-services, civil-rights, youth]
      actions: 1
    translations:
      es:
        title: Evaluación de necesidades y vulnerabilidades
        summary: >-
          Identificar, junto con las comunidades afectadas, las amenazas
          locales y sus factores, los grupos en riesgo, las carencias de
          servicios y los recursos de prevención que ya existen.
      fr:
        title: Évaluation des besoins et des vulnérabilités
        summary: >-
          Cartographier, avec les communautés concernées, les menaces locales
          et leurs facteurs, les groupes à risque, les lacunes des services et
          les ressources de prévention déjà en place.
      ar:
        title: تقييم الاحتياجات ومواطن الضعف
        summary: >-
          رصد التهديدات المحلية ودوافعها، والفئات المعرّضة للخطر، والثغرات في
          الخدمات، وموارد الوقاية القائمة، بالتعاون مع المجتمعات المعنية.

  - id: primary
    title: Primary prevention
    summary: >-
      Population-wide awareness, education, community engagement, social
      cohesion, digital literacy and bystander training, online and offline.
    needs:
      min-sectors-from: {count: 2, of: [education, faith, civil-society, youth, media, public-health, tech]}
      actions: 2
      resources: {count: 1}          # any kind
    translations:
      es:
        title: Prevención primaria
        summary: >-
          Sensibilización, educación, participación comunitaria, cohesión
          social, alfabetización digital y formación de testigos para que
          intervengan, dirigidas a toda la población, en línea y fuera de
          línea.
      fr:
        title: Prévention primaire
        summary: >-
          Sensibilisation, éducation, engagement citoyen, cohésion sociale,
          éducation au numérique et formation des témoins à intervenir, pour
          l’ensemble de la population, en ligne comme hors ligne.
      ar:
        title: الوقاية الأولية
        summary: >-
          التوعية والتثقيف والمشاركة المجتمعية والتماسك الاجتماعي ومحو الأمية
          الرقمية وتدريب الشهود على التدخل، لعموم السكان، عبر الإنترنت وخارجه.

  - id: secondary
    title: Secondary prevention
    summary: >-
      Detect and mitigate risk early through voluntary referral pathways,
      behavioral threat assessment and management, and psychosocial support.
    needs:
      # Police may sit on a pathway, with a threshold for telling them;
      # the stage does not need them.
      sectors:
        - mental-health
        - social-services
        - any-of: [education, civil-society, faith, youth]
      actions: 1
      resources: {count: 1, kinds: [service, hotline]}
      pathways: 1
    translations:
      es:
        title: Prevención secundaria
        summary: >-
          Detectar y mitigar el riesgo a tiempo mediante vías de derivación
          voluntarias, la evaluación y gestión de amenazas conductuales y el
          apoyo psicosocial.
      fr:
        title: Prévention secondaire
        summary: >-
          Détecter et atténuer les risques tôt grâce à des parcours
          d’orientation volontaires, à l’évaluation et à la gestion des menaces
          comportementales et au soutien psychosocial.
      ar:
        title: الوقاية الثانوية
        summary: >-
          الكشف المبكر عن المخاطر والتخفيف منها من خلال مسارات إحالة طوعية،
          وتقييم التهديدات السلوكية وإدارتها، والدعم النفسي والاجتماعي.

  - id: tertiary
    title: Tertiary prevention
    summary: >-
      Where risk already exists: disengagement, rehabilitation, reintegration
      and recidivism reduction, including exit programs run by civil society.
    needs:
      sectors:
        - any-of: [mental-health, social-services]
        - any-of: [justice, law-enforcement, civil-society]
      actions: 1
    translations:
      es:
        title: Prevención terciaria
        summary: >-
          Cuando el riesgo ya existe: desvinculación, rehabilitación,
          reintegración y reducción de la reincidencia, incluidos los
          programas de salida que gestiona la sociedad civil.
      fr:
        title: Prévention tertiaire
        summary: >-
          Lorsque le risque est déjà présent : désengagement, réhabilitation,
          réinsertion et prévention de la récidive, y compris les programmes
          de sortie menés par la société civile.
      ar:
        title: الوقاية الثالثية
        summary: >-
          حين يكون الخطر قائمًا بالفعل: فك الارتباط، وإعادة التأهيل، وإعادة
          الإدماج، والحد من العودة إلى الجريمة، بما في ذلك برامج الخروج التي
          تديرها منظمات المجتمع المدني.

  - id: post-incident
    title: Preparedness, response and recovery
    summary: >-
      Before an incident, protective security and exercises; after it,
      coordination, crisis communication, support for affected communities,
      healing, and reducing the risk of escalation.
    needs:
      sectors:
        - any-of: [emergency-management, law-enforcement]
        - any-of: [victim-services, mental-health]
      actions: 1
    translations:
      es:
        title: Preparación, respuesta y recuperación
        summary: >-
          Antes de un incidente, medidas de protección y simulacros; después,
          coordinación, comunicación de crisis, apoyo a las comunidades
          afectadas, sanación y reducción del riesgo de escalada.
      fr:
        title: Préparation, réponse et rétablissement
        summary: >-
          Avant un incident, mesures de protection et exercices ; après,
          coordination, communication de crise, soutien aux communautés
          touchées, réparation du lien social et réduction du risque
          d’escalade.
      ar:
        title: الاستعداد والاستجابة والتعافي
        summary: >-
          قبل وقوع الحادث: تدابير الحماية والتمارين؛ وبعده: التنسيق، والتواصل
          في الأزمات، ودعم المجتمعات المتضررة، والتعافي، والحد من خطر التصعيد.

sectors:
  - {id: local-government, title: Local government, translations: {es: {title: Gobierno local}, fr: {title: Collectivité locale}, ar: {title: الحكومة المحلية}}}
  - {id: law-enforcement, title: Law enforcement, translations: {es: {title: Fuerzas del orden}, fr: {title: Forces de l’ordre}, ar: {title: أجهزة إنفاذ القانون}}}
  - {id: justice, title: Justice and courts, translations: {es: {title: Justicia y tribunales}, fr: {title: Justice et tribunaux}, ar: {title: العدالة والمحاكم}}}
  - {id: education, title: Education (K-12), translations: {es: {title: Educación primaria y secundaria}, fr: {title: Enseignement primaire et secondaire}, ar: {title: التعليم المدرسي}}}
  - {id: higher-education, title: Higher education, translations: {es: {title: Educación superior}, fr: {title: Enseignement supérieur}, ar: {title: التعليم العالي}}}
  - {id: research, title: Research, translations: {es: {title: Investigación}, fr: {title: Recherche}, ar: {title: البحث العلمي}}}
  - {id: public-health, title: Public health, translations: {es: {title: Salud pública}, fr: {title: Santé publique}, ar: {title: الصحة العامة}}}
  - {id: mental-health, title: Mental health, translations: {es: {title: Salud mental}, fr: {title: Santé mentale}, ar: {title: الصحة النفسية}}}
  - {id: health-care, title: Health care, translations: {es: {title: Atención sanitaria}, fr: {title: Soins de santé}, ar: {title: الرعاية الصحية}}}
  - {id: social-services, title: Social services, translations: {es: {title: Servicios sociales}, fr: {title: Services sociaux}, ar: {title: الخدمات الاجتماعية}}}
  - {id: victim-services, title: Victim services, translations: {es: {title: Atención a las víctimas}, fr: {title: Aide aux victimes}, ar: {title: خدمات دعم الضحايا}}}
  - {id: emergency-management, title: Emergency management, translations: {es: {title: Gestión de emergencias}, fr: {title: Gestion des situations d’urgence}, ar: {title: إدارة الطوارئ}}}
  - {id: faith, title: Faith communities, translations: {es: {title: Comunidades religiosas}, fr: {title: Communautés religieuses}, ar: {title: المجتمعات الدينية}}}
  - {id: civil-society, title: Civil society, translations: {es: {title: Sociedad civil}, fr: {title: Société civile}, ar: {title: المجتمع المدني}}}
  - {id: civil-rights, title: Civil rights, translations: {es: {title: Derechos civiles}, fr: {title: Droits civiques}, ar: {title: الحقوق المدنية}}}
  - {id: youth, title: Youth organizations, translations: {es: {title: Organizaciones juveniles}, fr: {title: Organisations de jeunesse}, ar: {title: منظمات الشباب}}}
  - {id: immigrant-services, title: Immigrant and refugee services, translations: {es: {title: Servicios para personas inmigrantes y refugiadas}, fr: {title: Services aux personnes immigrées et réfugiées}, ar: {title: خدمات المهاجرين واللاجئين}}}
  - {id: business, title: Business, translations: {es: {title: Empresas}, fr: {title: Entreprises}, ar: {title: قطاع الأعمال}}}
  - {id: tech, title: Technology, translations: {es: {title: Tecnología}, fr: {title: Technologies}, ar: {title: التكنولوجيا}}}
  - {id: media, title: Media, translations: {es: {title: Medios de comunicación}, fr: {title: Médias}, ar: {title: وسائل الإعلام}}}

roles:
  - id: chair
    title: Chair
    summary: Convenes and leads the group on behalf of local government.
    min: 1
    max: 1
    sectors: [local-government]
    translations:
      es: {title: Presidencia, summary: Convoca y dirige el grupo en nombre del gobierno local.}
      fr: {title: Présidence, summary: Réunit et dirige le groupe au nom de la collectivité locale.}
      ar: {title: الرئاسة, summary: تدعو المجموعة إلى الانعقاد وتقودها باسم الحكومة المحلية.}
  - id: coordinator
    title: Coordinator
    summary: Runs the framework day to day and keeps the plan up to date.
    min: 1
    translations:
      es: {title: Coordinación, summary: Gestiona el marco en el día a día y mantiene el plan actualizado.}
      fr: {title: Coordination, summary: Fait vivre le cadre au quotidien et tient le plan à jour.}
      ar: {title: التنسيق, summary: يدير الإطار يومًا بيوم ويحافظ على تحديث الخطة.}
  - id: evaluation-lead
    title: Evaluation lead
    summary: Owns monitoring and evaluation of actions against their indicators.
    min: 1
    translations:
      es: {title: Responsable de evaluación, summary: Se encarga del seguimiento y la evaluación de las acciones según sus indicadores.}
      fr: {title: Responsable de l’évaluation, summary: Assure le suivi et l’évaluation des actions au regard de leurs indicateurs.}
      ar: {title: مسؤول التقييم, summary: يتولى رصد الإجراءات وتقييمها وفق مؤشراتها.}
  - id: communications-lead
    title: Communications lead
    summary: Leads public and crisis communication for the group.
    # Crisis communication after an incident cannot wait for a vacant seat.
    min: 1
    translations:
      es: {title: Responsable de comunicación, summary: Dirige la comunicación pública y de crisis del grupo.}
      fr: {title: Responsable de la communication, summary: Dirige la communication publique et la communication de crise du groupe.}
      ar: {title: مسؤول الاتصال, summary: يقود التواصل العام والتواصل في الأزمات باسم المجموعة.}
  - id: member
    title: Member
    summary: Represents a sector or organization in the leadership group.
    translations:
      es: {title: Miembro, summary: Representa a un sector o a una organización en el grupo de dirección.}
      fr: {title: Membre, summary: Représente un secteur ou une organisation au sein du groupe de pilotage.}
      ar: {title: عضو, summary: يمثّل قطاعًا أو منظمة في مجموعة القيادة.}

audiences:
  - {id: general-public, title: General public, translations: {es: {title: Público en general}, fr: {title: Grand public}, ar: {title: عامة الجمهور}}}
  - {id: youth, title: Youth, translations: {es: {title: Jóvenes}, fr: {title: Jeunes}, ar: {title: الشباب}}}
  - {id: parents, title: Parents and caregivers, translations: {es: {title: Familias y personas cuidadoras}, fr: {title: Parents et aidants}, ar: {title: الآباء والأمهات ومقدمو الرعاية}}}
  - {id: educators, title: Educators, translations: {es: {title: Personal docente}, fr: {title: Personnel éducatif}, ar: {title: العاملون في التعليم}}}
  - {id: faith-communities, title: Faith communities, translations: {es: {title: Comunidades religiosas}, fr: {title: Communautés religieuses}, ar: {title: المجتمعات الدينية}}}
  - {id: immigrants-refugees, title: Immigrants and refugees, translations: {es: {title: Personas inmigrantes y refugiadas}, fr: {title: Personnes immigrées et réfugiées}, ar: {title: المهاجرون واللاجئون}}}
  - {id: lgbtq, title: LGBTQ+ people, translations: {es: {title: Personas LGBTQ+}, fr: {title: Personnes LGBTQ+}, ar: {title: أفراد مجتمع الميم (LGBTQ+)}}}
  - {id: racial-ethnic-minorities, title: Racial and ethnic minorities, translations: {es: {title: Minorías raciales y étnicas}, fr: {title: Minorités raciales et ethniques}, ar: {title: الأقليات العرقية والإثنية}}}
  - {id: religious-minorities, title: Religious minorities, translations: {es: {title: Minorías religiosas}, fr: {title: Minorités religieuses}, ar: {title: الأقليات الدينية}}}
  - {id: people-at-risk, title: People referred for support, translations: {es: {title: Personas derivadas para recibir apoyo}, fr: {title: Personnes orientées vers un accompagnement}, ar: {title: الأشخاص المُحالون لتلقي الدعم}}}
  - {id: victims, title: Victims and survivors, translations: {es: {title: Víctimas y supervivientes}, fr: {title: Victimes et survivants}, ar: {title: الضحايا والناجون}}}
  - {id: practitioners, title: Practitioners, translations: {es: {title: Profesionales}, fr: {title: Professionnels de terrain}, ar: {title: الممارسون المهنيون}}}
  - {id: online-communities, title: Online communities, translations: {es: {title: Comunidades en línea}, fr: {title: Communautés en ligne}, ar: {title: المجتمعات الرقمية}}}
  - {id: adults, title: Adults, translations: {es: {title: Personas adultas}, fr: {title: Adultes}, ar: {title: البالغون}}}
  - {id: native-communities, title: Native and Indigenous communities, translations: {es: {title: Pueblos y comunidades indígenas}, fr: {title: Peuples et communautés autochtones}, ar: {title: مجتمعات الشعوب الأصلية}}}
  - {id: women-girls, title: Women and girls, translations: {es: {title: Mujeres y niñas}, fr: {title: Femmes et filles}, ar: {title: النساء والفتيات}}}
  - {id: veterans, title: Veterans, translations: {es: {title: Veteranos y veteranas}, fr: {title: Anciens militaires}, ar: {title: المحاربون القدامى}}}
  - {id: people-with-disabilities, title: People with disabilities, translations: {es: {title: Personas con discapacidad}, fr: {title: Personnes en situation de handicap}, ar: {title: الأشخاص ذوو الإعاقة}}}
  - {id: public-officials, title: Public officials, translations: {es: {title: Cargos y personal públicos}, fr: {title: Élus et agents publics}, ar: {title: المسؤولون العموميون}}}

leadership:
  min-members: 5
  min-sectors: 4
  max-share: {sector: law-enforcement, share: 0.34}
  # The whole of society holds seats, not only agencies.
  min-share: {sectors: [civil-society, faith, immigrant-services, civil-rights, youth], share: 0.25}
  meets-at-least: quarterly

"""#,
        "frameworks/welcoming.yaml": #"""
# The welcoming pfplan framework model: immigrant inclusion, with the seven
# categories of the Welcoming Standard behind Certified Welcoming as its
# stages, so that a welcoming plan's gap analysis says which categories of
# the standard it does not yet cover. A city's own goal hierarchy (pillars
# and strategies) lives in the plan's `framework.pillars`. Sectors and roles
# are those of the default model (the communications lead stays optional
# here); its audiences too, without the audience of people referred for
# support: a welcoming plan is not about risk (docs/framework-model.md).
#
# Titles and summaries are written in English (`language: en`); each has
# its Spanish, French and Arabic text under `translations`.
model: welcoming
language: en
title: Welcoming city framework
summary: >-
  A city-led, multi-sector plan for immigrant inclusion, organized by the
  seven categories of the Welcoming Standard, so that newcomers and
  long-time residents alike can belong, take part and thrive.
translations:
  es:
    title: Marco de ciudad acogedora
    summary: >-
      Un plan multisectorial liderado por la ciudad para la inclusión de las
      personas inmigrantes, organizado según las siete categorías del
      Welcoming Standard, para que quienes acaban de llegar y quienes viven
      aquí desde hace años puedan sentirse parte de la ciudad, participar y
      prosperar.
  fr:
    title: Cadre de ville accueillante
    summary: >-
      Un plan multisectoriel piloté par la ville pour l’inclusion des
      personnes immigrées, organisé selon les sept catégories du Welcoming
      Standard, afin que les nouveaux arrivants comme les résidents de longue
      date puissent trouver leur place, participer et s’épanouir.
  ar:
    title: إطار المدينة المرحِّبة
    summary: >-
      خطة متعددة القطاعات تقودها المدينة لإدماج المهاجرين، منظَّمة وفق الفئات
      السبع لمعيار المدن المرحِّبة (Welcoming Standard)، كي يتمكن القادمون
      الجدد والمقيمون منذ زمن طويل على حد سواء من الانتماء والمشاركة والازدهار.

stages:
  - id: government-leadership
    title: Government leadership
    summary: >-
      Local government commits to inclusion through leadership, policy,
      dedicated staff and coordination across departments.
    needs:
      sectors:
        - local-government
      actions: 1
    translations:
      es:
        title: Liderazgo del gobierno local
        summary: >-
          El gobierno local se compromete con la inclusión mediante su
          liderazgo, sus políticas, personal dedicado y la coordinación entre
          departamentos.
      fr:
        title: Leadership de la collectivité
        summary: >-
          La collectivité locale s’engage pour l’inclusion par son leadership,
          ses politiques, des équipes dédiées et la coordination entre ses
          services.
      ar:
        title: قيادة الحكومة المحلية
        summary: >-
          تلتزم الحكومة المحلية بالإدماج من خلال القيادة والسياسات وتخصيص
          موظفين لهذا الغرض والتنسيق بين الإدارات.

  - id: equitable-access
    title: Equitable access
    summary: >-
      Immigrants can reach public services, programs and information in
      their languages and without barriers.
    needs:
      sectors:
        - immigrant-services
        - any-of: [social-services, health-care]
      actions: 1
    translations:
      es:
        title: Acceso equitativo
        summary: >-
          Las personas inmigrantes pueden acceder a los servicios públicos, los
          programas y la información en sus idiomas y sin barreras.
      fr:
        title: Accès équitable
        summary: >-
          Les personnes immigrées accèdent aux services publics, aux programmes
          et à l’information dans leurs langues et sans obstacles.
      ar:
        title: الوصول العادل
        summary: >-
          يتمكن المهاجرون من الوصول إلى الخدمات العامة والبرامج والمعلومات
          بلغاتهم ودون عوائق.

  - id: civic-engagement
    title: Civic engagement
    summary: >-
      Immigrants take part in civic life: naturalisation, voting where
      eligible, boards and commissions, and community leadership.
    needs:
      sectors:
        - civil-society
      actions: 1
    translations:
      es:
        title: Participación cívica
        summary: >-
          Las personas inmigrantes participan en la vida cívica: naturalización,
          voto cuando tienen derecho a ello, juntas y comisiones, y liderazgo
          comunitario.
      fr:
        title: Engagement civique
        summary: >-
          Les personnes immigrées prennent part à la vie civique :
          naturalisation, vote lorsqu’elles en ont le droit, conseils et
          commissions, et responsabilités associatives.
      ar:
        title: المشاركة المدنية
        summary: >-
          يشارك المهاجرون في الحياة المدنية: التجنّس، والتصويت لمن يحق له ذلك،
          وعضوية المجالس واللجان، والقيادة المجتمعية.

  - id: connected-communities
    title: Connected communities
    summary: >-
      Relationships and trust are built between immigrant and long-time
      residents through shared spaces, events and dialogue.
    needs:
      min-sectors-from: {count: 2, of: [faith, civil-society, youth, media]}
      actions: 1
    translations:
      es:
        title: Comunidades conectadas
        summary: >-
          Se tejen relaciones y confianza entre residentes inmigrantes y
          residentes de toda la vida mediante espacios compartidos, encuentros
          y diálogo.
      fr:
        title: Communautés reliées
        summary: >-
          Des liens et de la confiance se tissent entre résidents immigrés et
          résidents de longue date grâce à des espaces partagés, des
          événements et le dialogue.
      ar:
        title: مجتمعات مترابطة
        summary: >-
          تُبنى العلاقات والثقة بين المقيمين المهاجرين والمقيمين منذ زمن طويل
          من خلال الأماكن المشتركة والفعاليات والحوار.

  - id: education
    title: Education
    summary: >-
      Immigrants have access to learning from early childhood through adult
      education and English-language learning.
    needs:
      sectors:
        - any-of: [education, higher-education]
      actions: 1
    translations:
      es:
        title: Educación
        summary: >-
          Las personas inmigrantes tienen acceso al aprendizaje desde la
          primera infancia hasta la educación de personas adultas y el
          aprendizaje del inglés.
      fr:
        title: Éducation
        summary: >-
          Les personnes immigrées ont accès à l’apprentissage, de la petite
          enfance à la formation des adultes et à l’apprentissage de
          l’anglais.
      ar:
        title: التعليم
        summary: >-
          يحصل المهاجرون على فرص التعلّم من الطفولة المبكرة حتى تعليم الكبار
          وتعلّم اللغة الإنجليزية.

  - id: economic-development
    title: Economic development
    summary: >-
      Immigrant workers and entrepreneurs can use their skills, credentials
      and ideas, and share in local prosperity.
    needs:
      sectors:
        - business
      actions: 1
    translations:
      es:
        title: Desarrollo económico
        summary: >-
          Las personas trabajadoras y emprendedoras inmigrantes pueden
          aprovechar sus competencias, sus titulaciones y sus ideas, y
          compartir la prosperidad local.
      fr:
        title: Développement économique
        summary: >-
          Les travailleurs et entrepreneurs immigrés peuvent faire valoir leurs
          compétences, leurs diplômes et leurs idées, et prendre part à la
          prospérité locale.
      ar:
        title: التنمية الاقتصادية
        summary: >-
          يتمكن العمال ورواد الأعمال المهاجرون من توظيف مهاراتهم ومؤهلاتهم
          وأفكارهم، والمشاركة في الازدهار المحلي.

  - id: safe-communities
    title: Safe communities
    summary: >-
      Immigrant residents trust and are protected by local police, courts
      and emergency services.
    needs:
      sectors:
        - law-enforcement
        - immigrant-services
      actions: 1
    translations:
      es:
        title: Comunidades seguras
        summary: >-
          Las personas residentes inmigrantes confían en la policía local, los
          tribunales y los servicios de emergencia, y reciben su protección.
      fr:
        title: Communautés sûres
        summary: >-
          Les résidents immigrés font confiance à la police locale, aux
          tribunaux et aux services d’urgence, qui les protègent.
      ar:
        title: مجتمعات آمنة
        summary: >-
          يثق المقيمون المهاجرون بالشرطة المحلية والمحاكم وخدمات الطوارئ
          ويحظون بحمايتها.

sectors:
  - {id: local-government, title: Local government, translations: {es: {title: Gobierno local}, fr: {title: Collectivité locale}, ar: {title: الحكومة المحلية}}}
  - {id: law-enforcement, title: Law enforcement, translations: {es: {title: Fuerzas del orden}, fr: {title: Forces de l’ordre}, ar: {title: أجهزة إنفاذ القانون}}}
  - {id: justice, title: Justice and courts, translations: {es: {title: Justicia y tribunales}, fr: {title: Justice et tribunaux}, ar: {title: العدالة والمحاكم}}}
  - {id: education, title: Education (K-12), translations: {es: {title: Educación primaria y secundaria}, fr: {title: Enseignement primaire et secondaire}, ar: {title: التعليم المدرسي}}}
  - {id: higher-education, title: Higher education, translations: {es: {title: Educación superior}, fr: {title: Enseignement supérieur}, ar: {title: التعليم العالي}}}
  - {id: research, title: Research, translations: {es: {title: Investigación}, fr: {title: Recherche}, ar: {title: البحث العلمي}}}
  - {id: public-health, title: Public health, translations: {es: {title: Salud pública}, fr: {title: Santé publique}, ar: {title: الصحة العامة}}}
  - {id: mental-health, title: Mental health, translations: {es: {title: Salud mental}, fr: {title: Santé mentale}, ar: {title: الصحة النفسية}}}
  - {id: health-care, title: Health care, translations: {es: {title: Atención sanitaria}, fr: {title: Soins de santé}, ar: {title: الرعاية الصحية}}}
  - {id: social-services, title: Social services, translations: {es: {title: Servicios sociales}, fr: {title: Services sociaux}, ar: {title: الخدمات الاجتماعية}}}
  - {id: victim-services, title: Victim services, translations: {es: {title: Atención a las víctimas}, fr: {title: Aide aux victimes}, ar: {title: خدمات دعم الضحايا}}}
  - {id: emergency-management, title: Emergency management, translations: {es: {title: Gestión de emergencias}, fr: {title: Gestion des situations d’urgence}, ar: {title: إدارة الطوارئ}}}
  - {id: faith, title: Faith communities, translations: {es: {title: Comunidades religiosas}, fr: {title: Communautés religieuses}, ar: {title: المجتمعات الدينية}}}
  - {id: civil-society, title: Civil society, translations: {es: {title: Sociedad civil}, fr: {title: Société civile}, ar: {title: المجتمع المدني}}}
  - {id: civil-rights, title: Civil rights, translations: {es: {title: Derechos civiles}, fr: {title: Droits civiques}, ar: {title: الحقوق المدنية}}}
  - {id: youth, title: Youth organizations, translations: {es: {title: Organizaciones juveniles}, fr: {title: Organisations de jeunesse}, ar: {title: منظمات الشباب}}}
  - {id: immigrant-services, title: Immigrant and refugee services, translations: {es: {title: Servicios para personas inmigrantes y refugiadas}, fr: {title: Services aux personnes immigrées et réfugiées}, ar: {title: خدمات المهاجرين واللاجئين}}}
  - {id: business, title: Business, translations: {es: {title: Empresas}, fr: {title: Entreprises}, ar: {title: قطاع الأعمال}}}
  - {id: tech, title: Technology, translations: {es: {title: Tecnología}, fr: {title: Technologies}, ar: {title: التكنولوجيا}}}
  - {id: media, title: Media, translations: {es: {title: Medios de comunicación}, fr: {title: Médias}, ar: {title: وسائل الإعلام}}}

roles:
  - id: chair
    title: Chair
    summary: Convenes and leads the group on behalf of local government.
    min: 1
    max: 1
    sectors: [local-government]
    translations:
      es: {title: Presidencia, summary: Convoca y dirige el grupo en nombre del gobierno local.}
      fr: {title: Présidence, summary: Réunit et dirige le groupe au nom de la collectivité locale.}
      ar: {title: الرئاسة, summary: تدعو المجموعة إلى الانعقاد وتقودها باسم الحكومة المحلية.}
  - id: coordinator
    title: Coordinator
    summary: Runs the framework day to day and keeps the plan up to date.
    min: 1
    translations:
      es: {title: Coordinación, summary: Gestiona el marco en el día a día y mantiene el plan actualizado.}
      fr: {title: Coordination, summary: Fait vivre le cadre au quotidien et tient le plan à jour.}
      ar: {title: التنسيق, summary: يدير الإطار يومًا بيوم ويحافظ على تحديث الخطة.}
  - id: evaluation-lead
    title: Evaluation lead
    summary: Owns monitoring and evaluation of actions against their indicators.
    min: 1
    translations:
      es: {title: Responsable de evaluación, summary: Se encarga del seguimiento y la evaluación de las acciones según sus indicadores.}
      fr: {title: Responsable de l’évaluation, summary: Assure le suivi et l’évaluation des actions au regard de leurs indicateurs.}
      ar: {title: مسؤول التقييم, summary: يتولى رصد الإجراءات وتقييمها وفق مؤشراتها.}
  - id: communications-lead
    title: Communications lead
    summary: Leads public and crisis communication for the group.
    translations:
      es: {title: Responsable de comunicación, summary: Dirige la comunicación pública y de crisis del grupo.}
      fr: {title: Responsable de la communication, summary: Dirige la communication publique et la communication de crise du groupe.}
      ar: {title: مسؤول الاتصال, summary: يقود التواصل العام والتواصل في الأزمات باسم المجموعة.}
  - id: member
    title: Member
    summary: Represents a sector or organization in the leadership group.
    translations:
      es: {title: Miembro, summary: Representa a un sector o a una organización en el grupo de dirección.}
      fr: {title: Membre, summary: Représente un secteur ou une organisation au sein du groupe de pilotage.}
      ar: {title: عضو, summary: يمثّل قطاعًا أو منظمة في مجموعة القيادة.}

audiences:
  - {id: general-public, title: General public, translations: {es: {title: Público en general}, fr: {title: Grand public}, ar: {title: عامة الجمهور}}}
  - {id: youth, title: Youth, translations: {es: {title: Jóvenes}, fr: {title: Jeunes}, ar: {title: الشباب}}}
  - {id: parents, title: Parents and caregivers, translations: {es: {title: Familias y personas cuidadoras}, fr: {title: Parents et aidants}, ar: {title: الآباء والأمهات ومقدمو الرعاية}}}
  - {id: educators, title: Educators, translations: {es: {title: Personal docente}, fr: {title: Personnel éducatif}, ar: {title: العاملون في التعليم}}}
  - {id: faith-communities, title: Faith communities, translations: {es: {title: Comunidades religiosas}, fr: {title: Communautés religieuses}, ar: {title: المجتمعات الدينية}}}
  - {id: immigrants-refugees, title: Immigrants and refugees, translations: {es: {title: Personas inmigrantes y refugiadas}, fr: {title: Personnes immigrées et réfugiées}, ar: {title: المهاجرون واللاجئون}}}
  - {id: lgbtq, title: LGBTQ+ people, translations: {es: {title: Personas LGBTQ+}, fr: {title: Personnes LGBTQ+}, ar: {title: أفراد مجتمع الميم (LGBTQ+)}}}
  - {id: racial-ethnic-minorities, title: Racial and ethnic minorities, translations: {es: {title: Minorías raciales y étnicas}, fr: {title: Minorités raciales et ethniques}, ar: {title: الأقليات العرقية والإثنية}}}
  - {id: religious-minorities, title: Religious minorities, translations: {es: {title: Minorías religiosas}, fr: {title: Minorités religieuses}, ar: {title: الأقليات الدينية}}}
  - {id: victims, title: Victims and survivors, translations: {es: {title: Víctimas y supervivientes}, fr: {title: Victimes et survivants}, ar: {title: الضحايا والناجون}}}
  - {id: practitioners, title: Practitioners, translations: {es: {title: Profesionales}, fr: {title: Professionnels de terrain}, ar: {title: الممارسون المهنيون}}}
  - {id: online-communities, title: Online communities, translations: {es: {title: Comunidades en línea}, fr: {title: Communautés en ligne}, ar: {title: المجتمعات الرقمية}}}
  - {id: adults, title: Adults, translations: {es: {title: Personas adultas}, fr: {title: Adultes}, ar: {title: البالغون}}}
  - {id: native-communities, title: Native and Indigenous communities, translations: {es: {title: Pueblos y comunidades indígenas}, fr: {title: Peuples et communautés autochtones}, ar: {title: مجتمعات الشعوب الأصلية}}}
  - {id: women-girls, title: Women and girls, translations: {es: {title: Mujeres y niñas}, fr: {title: Femmes et filles}, ar: {title: النساء والفتيات}}}
  - {id: veterans, title: Veterans, translations: {es: {title: Veteranos y veteranas}, fr: {title: Anciens militaires}, ar: {title: المحاربون القدامى}}}
  - {id: people-with-disabilities, title: People with disabilities, translations: {es: {title: Personas con discapacidad}, fr: {title: Personnes en situation de handicap}, ar: {title: الأشخاص ذوو الإعاقة}}}
  - {id: public-officials, title: Public officials, translations: {es: {title: Cargos y personal públicos}, fr: {title: Élus et agents publics}, ar: {title: المسؤولون العموميون}}}

leadership:
  min-members: 5
  min-sectors: 4
  max-share: {sector: law-enforcement, share: 0.34}
  meets-at-least: quarterly

"""#,
        "gcm/countries.yaml": #"""
# Country names as the GCM pledge form lists them, by ISO 3166-1 code,
# for `pfplan pledge` ("Country of implementation", "Other country of
# implementation"). The United States and Costa Rica are as the form's
# submissions kept in the design's seeds print them; the others are the
# UN's official short names and should be checked against the form's
# list. A code missing here is printed as written in the plan; add a
# country with `--templates DIR` (same name: gcm/countries.yaml).
countries:
  - {code: US, en: United States of America (USA), fr: États-Unis d’Amérique}
  - {code: CR, en: Costa Rica, fr: Costa Rica}
  - {code: CA, en: Canada, fr: Canada}
  - {code: MX, en: Mexico, fr: Mexique}
  - {code: GT, en: Guatemala, fr: Guatemala}
  - {code: SV, en: El Salvador, fr: El Salvador}
  - {code: HN, en: Honduras, fr: Honduras}
  - {code: CO, en: Colombia, fr: Colombie}
  - {code: BR, en: Brazil, fr: Brésil}
  - {code: HT, en: Haiti, fr: Haïti}
  - {code: GB, en: United Kingdom of Great Britain and Northern Ireland, fr: Royaume-Uni de Grande-Bretagne et d’Irlande du Nord}
  - {code: FR, en: France, fr: France}
  - {code: DE, en: Germany, fr: Allemagne}
  - {code: ES, en: Spain, fr: Espagne}
  - {code: IT, en: Italy, fr: Italie}
  - {code: BE, en: Belgium, fr: Belgique}
  - {code: NL, en: Netherlands, fr: Pays-Bas}
  - {code: CH, en: Switzerland, fr: Suisse}
  - {code: MA, en: Morocco, fr: Maroc}
  - {code: SN, en: Senegal, fr: Sénégal}

"""#,
        "gcm/form.yaml": #"""
# The words of the GCM pledge form that `pfplan pledge` prints, per
# language, as the UN's form prints them (the submissions kept in the
# design's seeds 000, 001 and 003): field labels, section titles, and the
# form's wording of the values a plan writes as ids (entity-type, type,
# nature, other-countries: global, yes and no). The GCM objectives, the
# guiding principles and the country names have their own files.
#
# The French form keeps some labels and values in English ("Pledging
# entity", "Other country of implementation", "Cities, Municipalities, and
# Local Authority", "Global", "structured"); they are kept here as it
# prints them. Labels the seeds do not show in French (the fields left
# empty there) are in English too, as the form's untranslated ones are;
# values the seeds do not show (types other than individual, natures
# other than process-oriented) follow the form's own explanations and
# should be checked against the live form.
#
# `{title}`, `{number}`, `{day}`, `{month}` and `{year}` are filled in by
# pfplan; label-separator goes between a label and its value. Every
# language needs every key but values.*, whose missing entries show the
# plan's id; `pfplan pledge` names the file and key when one is missing.
en:
  heading: "Pledging initiative – Submission form: {title}"
  label-separator: ": "
  list-separator: "; "
  sections:
    entity: Section I
    pledge: Section II
    nature: Section III
    objectives: Section IV
    principles: Section V
    description: Section VI
    deadline: Section VII
  fields:
    entity: Name of entity submitting the pledge
    entity-type: Pledging entity
    gcm-champion: Is the country of the pledging entity a GCM Champion country?
    contact-name: Full name
    contact-position: Position
    contact-email: Email
    contact-phone: Phone
    country: Country of implementation
    other-countries: Other country of implementation
    region: Region of implementation
    secondary-contact: Secondary contact person
    secondary-email: Secondary email
    title: Name of the pledge
    type: Type of pledge (please select)
    mirror-pledge: Is this a mirror pledge (pledge is also relevant to the Global Compact on Refugees) ?
    participating: Participating States and Actors
    matched-pledge: Name of the matched pledge
    matched-pledge-id: ID of the matched pledge
    nature: Nature of the pledge
    objectives: Please select the main three GCM objectives the pledge is/are meant to support
    principles: Please indicate which GCM Guiding Principle is/are particularly relevant for the pledge
    description: Please provide a description of the pledge
    deadline: Please indicate the tentative deadline within which this pledge is expected to be realised
  objective: "{number}. {title}"
  date: "{day} {month} {year}"
  months: {1: Jan, 2: Feb, 3: Mar, 4: Apr, 5: May, 6: Jun, 7: Jul, 8: Aug, 9: Sep, 10: Oct, 11: Nov, 12: Dec}
  not-given: not given
  not-public: not public
  values:
    entity-type:
      member-state: Member State
      local-authority: Cities, Municipalities, and Local Authority
      civil-society: Civil Society
      private-sector: Private Sector
      academia: Academia
      trade-union: Trade Union
      international-organization: International Organization
      migrant-organization: Migrant Organization
      other: Other
    type:
      individual: Individual (by one state/actor)
      common: Common (by several states/actors)
      partnership: In partnership (with other states/actors)
      matching: Matching (of another pledge)
    nature:
      process-oriented: Process oriented (e.g. convening fully consultative processes in preparing national reports for the IMRF)
      material: Material (e.g. provision of technical assistance or pro bono services)
      financial: Financial (e.g. contribution to the Migration MPTF)
      policy: Policy oriented (e.g. integrating GCM policies or actions into national law or administrative procedures)
      other: Other
      structured: structured
    other-countries:
      global: Global
    answer:
      yes: "Yes"
      no: "No"

fr:
  heading: "Pledging initiative – Submission form: {title}"
  label-separator: ": "
  list-separator: "; "
  sections:
    entity: Section I
    pledge: Section II
    nature: Section III
    objectives: Section IV
    principles: Section V
    description: Section VI
    deadline: Section VII
  fields:
    entity: Nom de l’État/acteur qui fait l’annonce (veuillez indiquer le site Web, le cas échéant)
    entity-type: Pledging entity
    gcm-champion: Is the country of the pledging entity a GCM Champion country?
    contact-name: Nom et prénom(s)
    contact-position: Poste
    contact-email: Courriel
    contact-phone: Téléphone
    country: Pays
    other-countries: Other country of implementation
    region: Region of implementation
    secondary-contact: Secondary contact person
    secondary-email: Secondary email
    title: Intitulé de l’annonce de contribution
    type: Type d’annonce de contribution (veuillez cocher la case correspondante)
    mirror-pledge: Is this a mirror pledge (pledge is also relevant to the Global Compact on Refugees) ?
    participating: Participating States and Actors
    matched-pledge: Name of the matched pledge
    matched-pledge-id: ID of the matched pledge
    nature: Nature de l’annonce (veuillez cocher la case correspondante)
    objectives: Veuillez indiquer le ou les objectifs du Pacte mondial auxquels l’annonce est censée contribuer.
    principles: Veuillez indiquer le ou les principes directeurs du Pacte mondial qui sont particulièrement pertinents pour l’annonce de contribution.
    description: Veuillez décrire l’annonce de contribution
    deadline: Veuillez indiquer un délai indicatif pour la réalisation de l’annonce de contribution
  objective: "{number}. {title}"
  date: "{day} {month} {year}"
  months: {1: janv, 2: févr, 3: mars, 4: avr, 5: mai, 6: juin, 7: juil, 8: août, 9: sept, 10: oct, 11: nov, 12: déc}
  not-given: non renseigné
  not-public: non public
  values:
    entity-type:
      member-state: Member State
      local-authority: Cities, Municipalities, and Local Authority
      civil-society: Civil Society
      private-sector: Private Sector
      academia: Academia
      trade-union: Trade Union
      international-organization: International Organization
      migrant-organization: Migrant Organization
      other: Other
    type:
      individual: Individuelle (faite par un État/acteur)
      common: Commune (faite par plusieurs États/acteurs)
      partnership: En partenariat (faite avec d’autres États/acteurs)
      matching: Jumelée (à une autre annonce de contribution)
    nature:
      process-oriented: Axée sur les processus (par exemple, organisation de processus pleinement consultatifs aux fins d’établissement de rapports nationaux pour le Forum)
      material: Matérielle (par exemple, fourniture d’une assistance technique ou de services bénévoles)
      financial: Financière (par exemple, contribution au fonds d’affectation spéciale pluripartenaire pour les migrations)
      policy: Axée sur les politiques (par exemple, intégration des politiques ou des mesures du Pacte mondial dans le droit national ou les procédures administratives)
      other: Autre
      structured: structured
    other-countries:
      global: Global
    answer:
      yes: Oui
      no: Non

"""#,
        "gcm/objectives.yaml": #"""
# The 23 objectives of the Global Compact for Safe, Orderly and Regular
# Migration (GCM), as adopted by the UN General Assembly in resolution
# A/RES/73/195 (annex, paragraph 16), in the official English and French
# texts. `pfplan pledge` prints a pledge's objectives with these titles.
#
# Each title is keyed by language code; add a language by adding its key
# to every objective (and a section to form.yaml). A city may correct or
# extend this file with `--templates DIR` (same name: gcm/objectives.yaml).
source: United Nations General Assembly resolution A/RES/73/195, annex, paragraph 16
objectives:
  - number: 1
    en: Collect and utilize accurate and disaggregated data as a basis for evidence-based policies
    fr: Collecter et utiliser des données précises et ventilées qui serviront à l’élaboration de politiques fondées sur la connaissance des faits
  - number: 2
    en: Minimize the adverse drivers and structural factors that compel people to leave their country of origin
    fr: Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d’origine
  - number: 3
    en: Provide accurate and timely information at all stages of migration
    fr: Fournir dans les meilleurs délais des informations exactes à toutes les étapes de la migration
  - number: 4
    en: Ensure that all migrants have proof of legal identity and adequate documentation
    fr: Munir tous les migrants d’une preuve d’identité légale et de papiers adéquats
  - number: 5
    en: Enhance availability and flexibility of pathways for regular migration
    fr: Faire en sorte que les filières de migration régulière soient accessibles et plus souples
  - number: 6
    en: Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work
    fr: Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d’un travail décent
  - number: 7
    en: Address and reduce vulnerabilities in migration
    fr: S’attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire
  - number: 8
    en: Save lives and establish coordinated international efforts on missing migrants
    fr: Sauver des vies et mettre en place une action internationale coordonnée pour retrouver les migrants disparus
  - number: 9
    en: Strengthen the transnational response to smuggling of migrants
    fr: Renforcer l’action transnationale face au trafic de migrants
  - number: 10
    en: Prevent, combat and eradicate trafficking in persons in the context of international migration
    fr: Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales
  - number: 11
    en: Manage borders in an integrated, secure and coordinated manner
    fr: Gérer les frontières de manière intégrée, sûre et coordonnée
  - number: 12
    en: Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral
    fr: Veiller à l’invariabilité et à la prévisibilité des procédures migratoires pour assurer des contrôles, des évaluations et une orientation appropriés
  - number: 13
    en: Use migration detention only as a measure of last resort and work towards alternatives
    fr: Ne recourir au placement en rétention administrative des migrants qu’en dernier ressort et chercher des solutions de rechange
  - number: 14
    en: Enhance consular protection, assistance and cooperation throughout the migration cycle
    fr: Renforcer la protection, l’assistance et la coopération consulaires tout au long du cycle migratoire
  - number: 15
    en: Provide access to basic services for migrants
    fr: Assurer l’accès des migrants aux services de base
  - number: 16
    en: Empower migrants and societies to realize full inclusion and social cohesion
    fr: Donner aux migrants et aux sociétés des moyens en faveur de la pleine intégration et de la cohésion sociale
  - number: 17
    en: Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration
    fr: Éliminer toutes les formes de discrimination et encourager un débat public fondé sur l’analyse des faits afin de faire évoluer la manière dont les migrations sont perçues
  - number: 18
    en: Invest in skills development and facilitate mutual recognition of skills, qualifications and competences
    fr: Investir dans le perfectionnement des compétences et faciliter la reconnaissance mutuelle des aptitudes, qualifications et compétences
  - number: 19
    en: Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries
    fr: Créer les conditions permettant aux migrants et aux diasporas de contribuer pleinement au développement durable dans tous les pays
  - number: 20
    en: Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants
    fr: Rendre les envois de fonds plus rapides, plus sûrs et moins coûteux et favoriser l’inclusion financière des migrants
  - number: 21
    en: Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration
    fr: Coopérer en vue de faciliter le retour et la réadmission des migrants en toute sécurité et dignité, ainsi que leur réintégration durable
  - number: 22
    en: Establish mechanisms for the portability of social security entitlements and earned benefits
    fr: Mettre en place des mécanismes de portabilité des droits de sécurité sociale et des avantages acquis
  - number: 23
    en: Strengthen international cooperation and global partnerships for safe, orderly and regular migration
    fr: Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières

"""#,
        "gcm/principles.yaml": #"""
# The ten cross-cutting and interdependent guiding principles of the Global
# Compact for Safe, Orderly and Regular Migration (A/RES/73/195, annex,
# paragraph 15), with their official English and French titles. The ids are
# the values a plan writes under `pledge.principles` (plan-format.md).
source: United Nations General Assembly resolution A/RES/73/195, annex, paragraph 15
principles:
  - id: people-centred
    en: People-centred
    fr: Priorité à la dimension humaine
  - id: international-cooperation
    en: International cooperation
    fr: Coopération internationale
  - id: national-sovereignty
    en: National sovereignty
    fr: Souveraineté nationale
  - id: rule-of-law
    en: Rule of law and due process
    fr: Primauté du droit et garanties d’une procédure régulière
  - id: sustainable-development
    en: Sustainable development
    fr: Développement durable
  - id: human-rights
    en: Human rights
    fr: Droits de l’homme
  - id: gender-responsive
    en: Gender-responsive
    fr: Prise en compte de la problématique femmes-hommes
  - id: child-sensitive
    en: Child-sensitive
    fr: Adaptation aux besoins de l’enfant
  - id: whole-of-government
    en: Whole-of-government approach
    fr: Approche mobilisant l’ensemble des pouvoirs publics
  - id: whole-of-society
    en: Whole-of-society approach
    fr: Approche mobilisant l’ensemble de la société

"""#,
        "locales/ar.yaml": #"""
# Arabic strings for pfplan's outputs. Keys as in en.yaml. Documents in
# Arabic are laid out right to left; the SVG pictures keep direction="ltr"
# on their root and place Arabic labels knowing it.

common:
  language: العربية
  direction: rtl
  date:
    pattern: "{day} {month} {year}"
    first-day: "١"
  months: [يناير, فبراير, مارس, أبريل, مايو, يونيو, يوليو, أغسطس, سبتمبر, أكتوبر, نوفمبر, ديسمبر]
  months-short: [يناير, فبراير, مارس, أبريل, مايو, يونيو, يوليو, أغسطس, سبتمبر, أكتوبر, نوفمبر, ديسمبر]
  number:
    digits: "٠١٢٣٤٥٦٧٨٩"
    group: "٬"
    decimal: "٫"
    min-grouping: "1"
  list-separator: "، "
  none: لا شيء
  need:
    any-of: "واحد من {sectors}"
    more-of: "{count} إضافية من {sectors}"
    separator: " / "
  status:
    planned: مخطط له
    in-progress: قيد التنفيذ
    done: منجز
    blocked: متوقف
    dropped: ملغى
    unknown: بلا حالة
  resource-kind:
    program: برنامج
    service: خدمة
    hotline: خط مساعدة
    training: تدريب
    funding: تمويل
    guidance: دليل إرشادي
    data: بيانات
    unknown: نوع غير معروف
  language-names:
    ar: العربية
    en: الإنجليزية
    es: الإسبانية
    fr: الفرنسية
    ht: الكريولية الهايتية
    ko: الكورية
    mam: لغة المام
    nv: النافاهو
    ps: البشتو
    pt: البرتغالية
    ru: الروسية
    so: الصومالية
    sw: السواحيلية
    tl: التاغالوغية
    uk: الأوكرانية
    vi: الفيتنامية
    zh: الصينية

gaps:
  title: "التغطية والثغرات: {city}"
  plan-file: الخطة
  model: النموذج
  as-of: بتاريخ
  matrix: المراحل حسب القطاع
  sector: القطاع
  stage: المرحلة
  legend:
    present: "{mark} حاضر (مع عدد الجهات)"
    missing: "{mark} مطلوب لكنه غائب"
    needed-present: "{mark} مطلوب وحاضر"
    empty: "{mark} غير حاضر وغير مطلوب"
  covered: مغطاة
  not-covered: غير مغطاة
  stages: المراحل
  sectors-present: القطاعات الحاضرة
  sectors-offered: "معروض فقط، لا يُحتسب"
  sectors-missing: القطاعات الناقصة
  provided-by: "تقدّمه {who}"
  actions: الإجراءات
  actions-missing: "يلزم {count} إضافية"
  resources: الموارد
  resources-by-kind: الموارد حسب النوع
  pathways-missing: "يلزم {count} إضافية"
  pathways: "مسارات الإحالة"
  resources-missing: "يلزم {count} إضافية"
  audiences: الفئات المستفيدة
  leadership: القيادة
  leadership-name: المجموعة
  leadership-sectors: المقاعد حسب القطاع
  leadership-roles: الأدوار
  seats: المقاعد
  vacant: شاغر
  no-leadership: ليس للخطة مجموعة قيادية.
  unserved-audiences: فئات لا يخدمها أي إجراء أو مورد
  all-audiences-served: كل فئات النموذج مخدومة.
  not-computed: "لم تُحسب التغطية: في الخطة أخطاء تجعلها غير صحيحة (شغّل pfplan lint)."

pictures:
  title-with-city: "{title}: {city}"
  heatmap:
    title: تغطية مراحل الإطار حسب القطاع
    desc: "شبكة من {sectors} قطاعًا (صفوف) في {stages} مراحل (أعمدة). تعطي كل خانة عدد الجهات المعنية والأعضاء الذين يسهمون بالقطاع في المرحلة. الخانات المعلَّمة بعلامة ✗ قطاعات تحتاجها المرحلة ولا يسهم بها أحد. حُذفت {left-out} من القطاعات التي لا تحتاجها أي مرحلة ولا يسهم بها أحد. الاحتياجات غير المستوفاة: {missing}."
    all-met: كل احتياجات القطاعات ملبّاة
    legend-providers: جهات
    providers:
      zero: "لا جهة"
      one: "جهة واحدة"
      two: "جهتان"
      few: "{count} جهات"
      many: "{count} جهةً"
      other: "{count} جهة"
    legend-missing: مطلوب، لا أحد حاضر
    legend-needed: مطلوب وحاضر
    stage: المرحلة
  leadership:
    title: المجموعة القيادية
    desc:
      zero: "الرئاسة في الأعلى، ولا مقاعد أخرى. المقاعد الشاغرة: {vacant}."
      one: "الرئاسة في الأعلى، ثم مقعد آخر واحد مع دوره وقطاعه. المقاعد الشاغرة: {vacant}."
      two: "الرئاسة في الأعلى، ثم مقعدان آخران مجمّعان حسب الدور، ولكل منهما قطاعه. المقاعد الشاغرة: {vacant}."
      few: "الرئاسة في الأعلى، ثم {count} مقاعد أخرى مجمّعة حسب الدور، ولكل منها قطاعه. المقاعد الشاغرة: {vacant}."
      many: "الرئاسة في الأعلى، ثم {count} مقعدًا آخر مجمّعة حسب الدور، ولكل منها قطاعه. المقاعد الشاغرة: {vacant}."
      other: "الرئاسة في الأعلى، ثم {count} مقعد آخر مجمّعة حسب الدور، ولكل منها قطاعه. المقاعد الشاغرة: {vacant}."
    chair: الرئاسة
    vacant: مقعد شاغر
    no-chair: بلا رئاسة
    members: الأعضاء
  timeline:
    title: الإجراءات خلال فترة الخطة
    part: "{title} ({part} من {parts})"
    desc: "شريط لكل مرحلة من {start} إلى {end}؛ كل إجراء عمود من تاريخ بدئه إلى موعد استحقاقه. يحدّد الخط العمودي تاريخ {asOf}. تحمل الإجراءات المتأخرة ({overdue}) علامة تعجب."
    as-of: "بتاريخ {date}"
    overdue: متأخر
    no-dates: بلا تواريخ
    no-actions: لا إجراءات
    legend-overdue: متأخر
    legend-status: الحالة

document:
  title-fallback: "خطة الوقاية: {city}"
  skip: الانتقال إلى المحتوى
  contents: المحتويات
  sections:
    glance: لمحة سريعة
    need: بيان الحاجة والرؤية
    objectives: الأهداف
    assessment: تقييم الاحتياجات ومواطن الضعف
    governance: الحوكمة
    activities: أنشطة الوقاية
    pathways: مسارات الإحالة وتبادل المعلومات
    monitoring: الرصد والتقييم
    budget: الميزانية والتمويل
    open-points: النقاط المفتوحة
    stakeholders: "الملحق أ: دليل الجهات المعنية"
    resources: "الملحق ب: دليل الموارد"
    made: "الملحق ج: كيف أُعدّت هذه الوثيقة"
  edition:
    public: "النسخة العامة: حُذفت جهات الاتصال المصنفة داخلية أو مقيدة."
    internal: "النسخة الداخلية: لشركاء الإطار؛ حُذفت جهات الاتصال المقيدة."
    restricted: "النسخة المقيدة: تضم جميع جهات الاتصال؛ لا تُشارَك خارج المجموعة القيادية."
  audience-names:
    public: عامة
    internal: داخلية
    restricted: مقيدة
  draft:
    heading: مسودة
    not-adopted: لم تُعتمد هذه الخطة بعد.
    placeholders: "ما زالت هذه الخطة تحتوي على عناصر مؤقتة موسومة بـ TODO: ما يحمل هذا الاسم لا يُدرج ولا يُحتسب هنا، والنصوص التي تحتويها ما زالت بحاجة إلى كتابة."
  banner:
    heading: في هذه الخطة أخطاء
    text:
      zero: "أُنتجت باستخدام ‎--force‎ دون أخطاء تجعل هذه الوثيقة غير صحيحة."
      one: "أُنتجت باستخدام ‎--force‎ رغم وجود خطأ واحد قد يجعل هذه الوثيقة غير صحيحة. صحّحه (pfplan lint) قبل النشر."
      two: "أُنتجت باستخدام ‎--force‎ رغم وجود خطأين قد يجعلان هذه الوثيقة غير صحيحة. صحّحهما (pfplan lint) قبل النشر."
      few: "أُنتجت باستخدام ‎--force‎ رغم وجود {count} أخطاء قد تجعل هذه الوثيقة غير صحيحة. صحّحها (pfplan lint) قبل النشر."
      many: "أُنتجت باستخدام ‎--force‎ رغم وجود {count} خطأً قد تجعل هذه الوثيقة غير صحيحة. صحّحها (pfplan lint) قبل النشر."
      other: "أُنتجت باستخدام ‎--force‎ رغم وجود {count} خطأ قد تجعل هذه الوثيقة غير صحيحة. صحّحها (pfplan lint) قبل النشر."
  downloads:
    heading: ملفات هذه الخطة
    page: الخطة صفحةَ ويب
    markdown: الخطة بصيغة Markdown
    csv: الدليل (جدول بيانات CSV)
    vcard: الدليل (جهات اتصال vCard)
    calendar: الإجراءات (تقويم)
    coverage: صورة التغطية (SVG)
    leadership: مخطط القيادة (SVG)
    timeline: الجدول الزمني (SVG)
  empty:
    need: لم يُسجَّل بعدُ بيان للحاجة ولا رؤية.
    objectives: لم يُسجَّل بعدُ أي هدف قابل للقياس.
    assessment: لم يُسجَّل بعدُ تقييم للاحتياجات ومواطن الضعف.
    threats: لم يُسجَّل بعدُ أي تهديد.
    groups: لم تُسجَّل بعدُ أي فئة معرضة للخطر.
    gaps: لم تُسجَّل بعدُ أي ثغرة في الخدمات.
    assets: لم يُسجَّل بعدُ أي مورد مجتمعي.
    consultation: لم تُسجَّل بعدُ أي مشاورة.
    governance: لم تُسجَّل بعدُ مجموعة قيادية.
    members: لم يُسجَّل بعدُ أي عضو في المجموعة القيادية.
    learning: لم تُسجَّل بعدُ أي جلسة تعلّم.
    stage-actions: لا إجراء في هذه المرحلة بعد.
    pathways: لم يُسجَّل بعدُ أي مسار إحالة.
    agreements: لم يُسجَّل بعدُ أي اتفاق لتبادل المعلومات.
    safeguards: لم تُسجَّل بعدُ أي ضمانات.
    indicators: لم يُسجَّل بعدُ أي مؤشر.
    budget: لم تُسجَّل بعدُ ميزانية ولا تمويل.
    funding: لم يُسجَّل بعدُ أي مصدر للتمويل.
    stakeholders: لم تُسجَّل بعدُ أي جهة معنية.
    resources: لم يُسجَّل بعدُ أي مورد.
  glance:
    adopted: تاريخ الاعتماد
    draft: مسودة، لم تُعتمد بعد
    review: المراجعة المقبلة
    no-review: غير محددة
    stages: المراحل المغطاة
    stages-covered: "{covered} من {total}"
    actions: الإجراءات
    done:
      zero: لم يُنجز أي إجراء
      one: أُنجز إجراء واحد
      two: أُنجز إجراءان
      few: "أُنجزت {count} إجراءات"
      many: "أُنجز {count} إجراءً"
      other: "أُنجز {count} إجراء"
    in-progress:
      zero: لا إجراء قيد التنفيذ
      one: إجراء واحد قيد التنفيذ
      two: إجراءان قيد التنفيذ
      few: "{count} إجراءات قيد التنفيذ"
      many: "{count} إجراءً قيد التنفيذ"
      other: "{count} إجراء قيد التنفيذ"
    overdue:
      zero: لا إجراء متأخر
      one: إجراء واحد متأخر
      two: إجراءان متأخران
      few: "{count} إجراءات متأخرة"
      many: "{count} إجراءً متأخرًا"
      other: "{count} إجراء متأخر"
    no-actions: لا إجراء بعد
    vacant: المقاعد الشاغرة
    vacant-seats:
      zero: لا مقاعد شاغرة
      one: مقعد شاغر واحد
      two: مقعدان شاغران
      few: "{count} مقاعد شاغرة"
      many: "{count} مقعدًا شاغرًا"
      other: "{count} مقعد شاغر"
    budget: الميزانية الإجمالية
    funded: المموَّل
    funded-share: "{amount} ({percent}٪)"
    objectives: الأهداف ونتائجها
    no-outcome: لا مؤشر نتائج بعد
    progress: "{name}: {actual}{unit}، والهدف {target}{unit}"
    no-figure: "{name}: الهدف {target}{unit}، ولا رقم بعد"
    next: الإجراءات المستحقة قريبًا
    due: "موعد الإنجاز: {date}"
    nothing-due: لا يوجد إجراء مفتوح له موعد إنجاز قادم.
  period: المدة
  period-range: "من {start} إلى {end}"
  languages: اللغات
  need: بيان الحاجة
  vision: الرؤية
  pillars: الركائز والاستراتيجيات
  objective:
    answers: يستجيب لـ
    indicators: مؤشرات النتائج
    served-by: الإجراءات التي تخدمه
    no-actions: لا يخدم هذا الهدفَ أي إجراء بعد.
  assessment:
    threats: التهديدات ودوافعها
    targets: المستهدفون
    answered-by: تستجيب له
    unanswered: لا شيء في هذه الخطة يستجيب له بعد.
    served-by: "يخدمها: {actions}"
    group-unserved: لا يخدم هذه الفئةَ أي إجراء بعد.
    assets: الموارد المجتمعية
    consultation: سجل المشاورات
  consultation:
    title: المشاورة
    date: التاريخ
    with: مع
    participants: المشاركون
  trend: الاتجاه
  trends:
    rising: في تصاعد
    stable: مستقر
    falling: في تراجع
    unknown: غير معروف
  source: المصدر
  description: الوصف
  groups-at-risk: الفئات المعرضة للخطر
  service-gaps: الثغرات في الخدمات
  group: المجموعة
  meets: تجتمع
  meets-every:
    weekly: كل أسبوع
    fortnightly: كل أسبوعين
    monthly: كل شهر
    bimonthly: كل شهرين
    quarterly: كل ثلاثة أشهر
    twice-yearly: مرتين في السنة
    yearly: مرة في السنة
  reports-to: ترفع تقاريرها إلى
  charter: الاختصاصات
  governance:
    chart: المقاعد حسب الدور
    seats-by-sector: المقاعد حسب القطاع
    learning: برنامج التعلّم
    session: الجلسة
  learning-status:
    planned: مقررة
    done: عُقدت
  seats: المقاعد
  no-sector: لم يُذكر القطاع
  members: الأعضاء
  name: الاسم
  organization: الجهة
  sector: القطاع
  roles: الأدوار
  role: الدور
  holders: يشغله
  role-needs: ما يطلبه النموذج
  role-exactly: "{count} بالضبط"
  role-between: "من {min} إلى {max}"
  role-at-least: "{count} على الأقل"
  role-at-most: "{count} على الأكثر"
  role-unmet: (غير مستوفى)
  vacant: مقعد شاغر
  contact: جهة الاتصال
  none: لا شيء
  stage: المرحلة
  stages: المراحل
  offers: تعرض المساعدة في
  other-stage: إجراءات خارج مراحل النموذج
  status: الحالة
  overdue: متأخر
  lead: الجهة المسؤولة
  partners: الشركاء
  dates: التواريخ
  date-span:
    range: "من {start} إلى {due}"
    from: "ابتداءً من {start}"
    by: "بحلول {due}"
  strategy: الاستراتيجية
  audiences: الفئات المستهدفة
  resources-used: الموارد المستخدمة
  budget: الميزانية
  funding: التمويل
  objectives: الأهداف التي يخدمها
  answers: يستجيب لـ
  indicators: المؤشرات
  indicator-target: "{name} (الهدف {target})"
  indicator: المؤشر
  indicator-of: يخص
  kind: النوع
  indicator-kinds:
    output: مخرَج
    outcome: نتيجة
  baseline: خط الأساس
  target: الهدف
  actual: آخر رقم
  collected-by: يجمعه
  no-owner: لم يُحدَّد أحد
  frequency: الوتيرة
  frequencies:
    monthly: شهريًا
    quarterly: كل ثلاثة أشهر
    twice-yearly: مرتين في السنة
    yearly: سنويًا
    once: مرة واحدة
  no-value: "–"
  pathway:
    heading: مسارات الإحالة
    referrers: من يحق له الإحالة
    intake: الباب (نقطة الاتصال الوحيدة)
    team: الفريق
    agreement: اتفاق تبادل المعلومات
    follow-up: المتابعة
    follow-up-months: "مراجعات للحالة بعد إغلاقها (بالأشهر: {months})"
    consent: الموافقة
    no-consent: لم تُسجَّل بعدُ طريقة طلب الموافقة.
    police: متى تُبلَّغ الشرطة
    exit: إغلاق الحالة
  agreement:
    heading: اتفاقات تبادل المعلومات
    kind: النوع
    parties: الأطراف
    basis: الأساس القانوني
    signed: تاريخ التوقيع
    expires: تاريخ الانتهاء
    retention: ما يُحتفظ به ومدة الاحتفاظ
  agreement-kinds:
    information-sharing: تبادل المعلومات
    mou: مذكرة تفاهم
    data-processing: معالجة البيانات
    mutual-aid: المساعدة المتبادلة
  agreement-bases:
    consent: موافقة الشخص
    ferpa: قانون خصوصية السجلات التعليمية (FERPA)
    hipaa: قانون حماية المعلومات الصحية (HIPAA)
    42-cfr-2: لائحة سجلات علاج تعاطي المواد (42 CFR، الجزء 2)
    cjis: معايير معلومات العدالة الجنائية (CJIS)
    28-cfr-23: لائحة الاستخبارات الجنائية (28 CFR، الجزء 23)
    state-law: قانون الولاية
    other: أساس آخر
  agreement-statuses:
    draft: مسودة
    negotiating: قيد التفاوض
    signed: موقَّع
    expired: منتهي الصلاحية
  safeguards:
    heading: ضمانات الحقوق المدنية
    oversight: جهة الرقابة
    complaints: الشكاوى
    no-complaints: لم يُسجَّل بعدُ سبيل لتقديم الشكاوى.
  monitoring:
    of-objectives: مؤشرات النتائج الخاصة بالأهداف
    of-actions: "مؤشرات الإجراءات: {stage}"
  funds:
    funded: المموَّل
    unfunded: غير المموَّل بعد
    funded-means: "المموَّل: يذكر الإجراء مصدرًا للمال تجاوز مرحلة الطلب (مُنح أو التُزم به أو انتهى)."
    by-stage: الميزانية حسب المرحلة
    by-source: مصادر التمويل
    source: المصدر
    kind: النوع
    amount: المبلغ
    pays-for: يموّل
    actions:
      zero: لا إجراء
      one: إجراءً واحدًا
      two: إجراءين
      few: "{count} إجراءات"
      many: "{count} إجراءً"
      other: "{count} إجراء"
    cliffs: حيث ينتهي التمويل قبل انتهاء العمل
    cliff: "{action}: موعد إنجازه {due}، لكن تمويله ينتهي في {end}."
    no-cliffs: لا يمتد أي إجراء إلى ما بعد نهاية تمويله.
  funding-kinds:
    federal: اتحادي
    state: على مستوى الولاية
    county: على مستوى المقاطعة
    city: بلدي
    philanthropic: خيري
    private: خاص
    in-kind: عيني
  funding-statuses:
    applied: مطلوب
    awarded: ممنوح
    committed: ملتزم به
    ended: منتهٍ
  coverage-table: تغطية كل مرحلة
  covered-column: مغطاة
  covered: مغطاة
  not-covered: ثغرة
  accepted-gap: ثغرة مقبولة
  missing-sectors: القطاعات الناقصة
  actions-column: الإجراءات (الموجودة / المطلوبة)
  resources-column: الموارد (الموجودة / المطلوبة)
  pathways-column: المسارات (الموجودة / المطلوبة)
  have-need: "{have} / {need}"
  unserved: فئات لا يخدمها أي إجراء أو مورد
  open-findings: ما زال مفتوحًا
  no-open: لا شيء مفتوح.
  waived-findings: ما قبلته المجموعة القيادية
  waived-intro: ناقشت المجموعة القيادية هذه النقاط وقبلتها للسبب المذكور.
  reason: السبب
  severity:
    error: للتصحيح
    warning: للمعالجة
    info: ملاحظة
  hidden-finding: ملاحظة تخص جهة اتصال لا تتضمنها هذه النسخة.
  resource-kinds:
    program: البرامج
    service: الخدمات
    hotline: خطوط المساعدة
    training: التدريبات
    funding: التمويل
    guidance: الإرشادات
    data: البيانات
    unknown: موارد أخرى
  provider: الجهة المقدمة
  cost: التكلفة
  costs:
    free: مجاني
    low-cost: منخفض التكلفة
    fee: برسوم
  website: الموقع الإلكتروني
  phone: الهاتف
  email: البريد الإلكتروني
  address: العنوان
  hours: ساعات العمل
  pictures:
    coverage: "خريطة حرارية للتغطية: القطاعات التي تسهم في كل مرحلة من مراحل الإطار. يعرض الجدول أدناه الأرقام نفسها."
    leadership: "مخطط القيادة: الرئاسة ثم المقاعد حسب الدور والقطاع. تعرض الجداول أدناه التفاصيل نفسها."
    timeline: "الجدول الزمني: كل إجراء من بدايته إلى موعد إنجازه، حسب المرحلة. تعرض الإجراءات أعلاه التواريخ نفسها."
    scroll-cue: "مرّر أفقيًا لرؤية الجدول الزمني كاملًا ←"
    scrolling: الجدول الزمني، يُمرَّر أفقيًا
  made:
    plan: "ملف الخطة: {file}"
    model: "نموذج الإطار: {model} ({id})"
    as-of: "التواريخ والتقدم حتى {date}"
    audience: "النسخة: {audience}"
    tool: "أُعدّت باستخدام pfplan {version} من الخطة وحدها: عدّل الخطة وأعد الإنتاج، ولا تعدّل هذا الملف."

index:
  title: خطط الوقاية
  intro:
    zero: "لا توجد مدن بعد."
    one: "مدينة واحدة: إلى أي مدى تغطي خطتها مراحل إطارها، وما بقي عليها أن تفعله."
    two: "مدينتان جنبًا إلى جنب: إلى أي مدى تغطي كل خطة مراحل إطارها، وما بقي على كل منهما أن تفعله."
    few: "{count} مدن جنبًا إلى جنب: إلى أي مدى تغطي كل خطة مراحل إطارها، وما بقي على كل منها أن تفعله."
    many: "{count} مدينةً جنبًا إلى جنب: إلى أي مدى تغطي كل خطة مراحل إطارها، وما بقي على كل منها أن تفعله."
    other: "{count} مدينة جنبًا إلى جنب: إلى أي مدى تغطي كل خطة مراحل إطارها، وما بقي على كل منها أن تفعله."
  skip: الانتقال إلى المحتوى
  cities: المدن
  city: المدينة
  stages: المراحل المغطاة
  stages-covered: "{covered} من {total}"
  objectives: الأهداف
  objectives-count:
    zero: لا أهداف
    one: هدف واحد
    two: هدفان
    few: "{count} أهداف"
    many: "{count} هدفًا"
    other: "{count} هدف"
  overdue: المتأخرة
  overdue-count:
    zero: لا إجراء متأخر
    one: إجراء واحد متأخر
    two: إجراءان متأخران
    few: "{count} إجراءات متأخرة"
    many: "{count} إجراءً متأخرًا"
    other: "{count} إجراء متأخر"
  vacant: المقاعد الشاغرة
  vacant-count:
    zero: لا مقاعد شاغرة
    one: مقعد شاغر واحد
    two: مقعدان شاغران
    few: "{count} مقاعد شاغرة"
    many: "{count} مقعدًا شاغرًا"
    other: "{count} مقعد شاغر"
  draft: مسودة
  forced: أُنتجت رغم الأخطاء
  refused: "لم تُنتَج: في الخطة أخطاء"
  matrix: "المراحل المغطاة: {model}"
  covered: مغطاة
  gap: ثغرة
  accepted: ثغرة مقبولة
  made:
    as-of: "التواريخ والتقدم حتى {date}"
    tool: "أُعدّت باستخدام pfplan {version}."

calendar:
  starts: "بداية: {title}"

# ما تقوله وثيقة الخطة عن كل ملاحظة: جملة واحدة لكل قاعدة (أو لكل صيغة)،
# عن المدينة لا عن الملف. انظر التعليق في en.yaml: المفاتيح والعناصر نفسها.
# الصيغ العددية الست: zero وone وtwo وfew وmany وother.
findings:
  yaml: تعذّرت قراءة جزء من الخطة، لذا قد يُغفل هذا المستند ما يليه أو يعرضه على نحو غير دقيق.
  schema: "تعذّرت قراءة قيمة في الخطة: قد يكون المستند غير دقيق في هذا الموضع."
  include: تعذّرت قراءة ملف تتضمّنه الخطة، لذا قد يخلو هذا المستند مما يحتويه ذلك الملف.
  refs: "تشير الخطة إلى عنصر لا تعرّفه، أو تعرّفه مرتين: قد يكون المستند غير دقيق في هذا الموضع."
  framework:
    period-order: تنتهي مدة الخطة في {end}، أي قبل أن تبدأ في {start}.
    not-adopted: "لم تُعتمد الخطة بعدُ: فهي لا تزال مسودة."
    review-overdue: كان موعد مراجعة الخطة في {review}، ولم يُحدَّد موعد لمراجعة لاحقة.
  draft:
    placeholder:
      text: لا تزال الخطة تتضمّن {places} (بعلامة TODO) بانتظار الاستكمال.
      places:
        zero: "{count} فقرة مؤقتة"
        one: فقرة مؤقتة واحدة
        two: فقرتين مؤقتتين
        few: "{count} فقرات مؤقتة"
        many: "{count} فقرةً مؤقتةً"
        other: "{count} فقرة مؤقتة"
  objectives:
    missing: لا تحدّد الخطة بعدُ أهدافًا قابلة للقياس.
    no-outcome: ليس للهدف {objective} بعدُ مؤشر نتائج مقرون بقيمة مستهدفة.
    no-actions: لا يسهم أي إجراء بعدُ في تحقيق الهدف {objective}.
  assessment:
    threat-unaddressed: لا يتصدّى أي هدف أو إجراء بعدُ للتهديد {threat}.
    gap-unaddressed: لا يسدّ أي هدف أو إجراء بعدُ الفجوة في الخدمات {gap}.
    group-unserved: لا يستهدف أي إجراء بعدُ فئة «{group}»، مع أن التقييم يعدّها من الفئات المعرّضة للخطر.
    no-consultation: لا يتضمّن التقييم أي مشاورات مع منظمات مجتمعية أو مع فئة معرّضة للخطر.
  roles:
    chair-missing: لا يشغل أي عضو في المجموعة القيادية دور «{role}».
    chair-multiple: دور «{role}» مُسنَد أيضًا إلى {member}، مع أن هذا الدور لا يتولّاه في المجموعة القيادية سوى شخص واحد.
    chair-sector: "دور «{role}» يشغله {member} من قطاع «{sector}»؛ غير أن الإطار يقصر هذا الدور على: {allowed}."
    required-missing:
      none: لا يشغل أي عضو في المجموعة القيادية دور «{role}».
      too-few:
        text: يتطلّب دور «{role}» {need}، والعدد الحالي {have}.
        need:
          zero: "{count} شخص"
          one: شخصًا واحدًا
          two: شخصين
          few: "{count} أشخاص"
          many: "{count} شخصًا"
          other: "{count} شخص"
    vacant:
      organization: مقعد {organization} في المجموعة القيادية ({roles}) شاغر.
      seat: أحد مقاعد المجموعة القيادية ({roles}) شاغر.
    not-multidisciplinary:
      members:
        text: تضمّ المجموعة القيادية {members}، بينما يشترط الإطار ألا يقلّ عدد أعضائها عن {needed-members}.
        members:
          zero: "{count} عضو"
          one: عضوًا واحدًا
          two: عضوين
          few: "{count} أعضاء"
          many: "{count} عضوًا"
          other: "{count} عضو"
      sectors:
        text: تجمع المجموعة القيادية {sectors}، بينما يشترط الإطار ألا يقلّ عدد القطاعات الممثَّلة فيها عن {needed-sectors}.
        sectors:
          zero: "{count} قطاع"
          one: قطاعًا واحدًا
          two: قطاعين
          few: "{count} قطاعات"
          many: "{count} قطاعًا"
          other: "{count} قطاع"
      both:
        text: تضمّ المجموعة القيادية {members} من {sectors}، بينما يشترط الإطار {needed-members} على الأقل من {needed-sectors}.
        members:
          zero: "{count} عضو"
          one: عضوًا واحدًا
          two: عضوين
          few: "{count} أعضاء"
          many: "{count} عضوًا"
          other: "{count} عضو"
        sectors:
          zero: "{count} قطاع"
          one: قطاع واحد
          two: قطاعين
          few: "{count} قطاعات"
          many: "{count} قطاعًا"
          other: "{count} قطاع"
        needed-members:
          zero: "{count} عضو"
          one: عضوًا واحدًا
          two: عضوين
          few: "{count} أعضاء"
          many: "{count} عضوًا"
          other: "{count} عضو"
        needed-sectors:
          zero: "{count} قطاع"
          one: قطاع واحد
          two: قطاعين
          few: "{count} قطاعات"
          many: "{count} قطاعًا"
          other: "{count} قطاع"
    sector-share:
      text: يشغل قطاع «{sector}» {seats} من أصل {members} في المجموعة القيادية، أي أكثر من نسبة {share} التي يسمح بها الإطار.
      seats:
        zero: "{count}"
        one: "{count}"
        two: "{count}"
        few: "{count}"
        many: "{count}"
        other: "{count}"
      members:
        zero: "{count} مقعد"
        one: مقعد واحد
        two: مقعدين
        few: "{count} مقاعد"
        many: "{count} مقعدًا"
        other: "{count} مقعد"
    meets-rarely:
      unknown: لا تذكر المجموعة القيادية عدد مرات اجتماعها؛ ويطلب الإطار أن تجتمع {needed} على الأقل.
      rarely: تجتمع المجموعة القيادية {meets}؛ ويطلب الإطار أن تجتمع {needed} على الأقل.
    community-share:
      text: تشغل القطاعات المجتمعية ({sectors}) {seats} من أصل {members} في المجموعة القيادية، أي أقل من نسبة {share} التي يطلبها الإطار.
      seats:
        zero: "{count}"
        one: "{count}"
        two: "{count}"
        few: "{count}"
        many: "{count}"
        other: "{count}"
      members:
        zero: "{count} مقعد"
        one: مقعد واحد
        two: مقعدين
        few: "{count} مقاعد"
        many: "{count} مقعدًا"
        other: "{count} مقعد"
  coverage:
    stage-no-actions:
      text: "{stage}: تحتاج هذه المرحلة إلى {need}، وفي الخطة حاليًا {have}."
      need:
        zero: "{count} إجراء"
        one: إجراء واحد
        two: إجراءين
        few: "{count} إجراءات"
        many: "{count} إجراءً"
        other: "{count} إجراء"
    stage-missing-sector: "{stage}: لا تزال هذه المرحلة بحاجة إلى شركاء من {needs}."
    stage-no-resources:
      any:
        text: "{stage}: تحتاج هذه المرحلة إلى {need}، وفي الخطة حاليًا {have}."
        need:
          zero: "{count} مورد"
          one: مورد واحد
          two: موردين
          few: "{count} موارد"
          many: "{count} موردًا"
          other: "{count} مورد"
      of-kind:
        text: "{stage}: تحتاج هذه المرحلة إلى {need} ({kinds})، وفي الخطة حاليًا {have}."
        need:
          zero: "{count} مورد"
          one: مورد واحد
          two: موردين
          few: "{count} موارد"
          many: "{count} موردًا"
          other: "{count} مورد"
    audience-unserved: لا يستهدف أي إجراء أو مورد بعدُ فئة «{audience}».
    stage-no-pathway:
      text: "{stage}: تحتاج هذه المرحلة إلى {need}، وفي الخطة حاليًا {have}."
      need:
        zero: "{count} مسار إحالة"
        one: مسار إحالة واحد
        two: مساري إحالة
        few: "{count} مسارات إحالة"
        many: "{count} مسارَ إحالة"
        other: "{count} مسار إحالة"
  pathways:
    no-consent: لا يوضّح مسار الإحالة {pathway} كيف تُطلب موافقة الشخص المُحال.
    police-threshold: يشارك قطاع «{sector}» في مسار الإحالة {pathway}، الذي لا يوضّح متى تُبلَّغ الشرطة.
    no-agreement:
      none:
        text: يتداول مسار الإحالة {pathway} الحالات بين {organisations} دون اتفاق لتبادل المعلومات.
        organisations:
          zero: "{count} جهة"
          one: جهة واحدة
          two: جهتين
          few: "{count} جهات"
          many: "{count} جهةً"
          other: "{count} جهة"
      unsigned: "لم يُوقَّع بعدُ الاتفاق {agreement} الذي يستند إليه مسار الإحالة {pathway}: حالته «{status}»."
      no-status: لا يُشار إلى توقيع الاتفاق {agreement} الذي يستند إليه مسار الإحالة {pathway}.
  agreements:
    expired:
      status: انتهت صلاحية اتفاق تبادل المعلومات {agreement} الذي يعتمد عليه أحد مسارات الإحالة.
      date: انتهت في {expired} صلاحيةُ اتفاق تبادل المعلومات {agreement} الذي يعتمد عليه أحد مسارات الإحالة.
  safeguards:
    missing: تتعامل الخطة مع أشخاص معرّضين للخطر، لكنها لا تنصّ على أي ضمانات للحقوق المدنية.
    no-complaints: لا تتيح الضمانات أي وسيلة لتقديم شكوى.
    no-oversight: لا تحدّد الضمانات أي جهة رقابية تتولّى متابعة احترامها.
  actions:
    no-indicator: ليس للإجراء {action} أي مؤشر يبيّن مدى تقدّمه.
    indicator-no-target: ليس للمؤشر {indicator} الخاص بالإجراء {action} قيمة مستهدفة.
    dates: موعد استحقاق الإجراء {action} هو {due}، أي قبل موعد بدئه في {start}.
    outside-period:
      early: يبدأ الإجراء {action} في {start}، أي قبل بداية مدة الخطة في {begins}.
      late: موعد استحقاق الإجراء {action} هو {due}، أي بعد نهاية مدة الخطة في {ends}.
    overdue:
      text: "تأخّر الإجراء {action} {days}: كان موعد استحقاقه {due}، ولا تزال حالته «{status}»."
      days:
        zero: "{count} يوم"
        one: يومًا واحدًا
        two: يومين
        few: "{count} أيام"
        many: "{count} يومًا"
        other: "{count} يوم"
    done-without-actual: أُنجز الإجراء {action}، لكن مؤشره {indicator} لا يذكر الرقم الذي تحقّق.
    unfunded: للإجراء {action} ميزانية، لكنه لا يحدّد أي مصدر لتمويله.
  funding:
    cliff: موعد استحقاق الإجراء {action} هو {due}، لكن تمويله ينتهي في {end}.
  indicators:
    no-owner: لم يُكلَّف أحد بجمع بيانات المؤشر {indicator}.
  directory:
    no-contact: "{stakeholder}: جهة مشاركة في إجراءات الخطة، لكن ليس لها أي جهة اتصال في الدليل."
    contact-no-channel: ليس لإحدى جهات الاتصال لدى {owner} بريد إلكتروني ولا رقم هاتف.
    orphan: لا يُسند أي جزء من الخطة بعدُ دورًا إلى {stakeholder}.
    resource-no-access: لا يذكر الدليل موقعًا إلكترونيًا ولا رقم هاتف ولا عنوانًا للمورد {resource}.
  pledge:
    objectives-count:
      text: يذكر التعهّد {count} من أهداف الاتفاق العالمي من أجل الهجرة ({objectives})، بينما تطلب الاستمارة الأهداف الثلاثة الرئيسية.
      count:
        zero: "{count}"
        one: واحدًا
        two: اثنين
        few: "{count}"
        many: "{count}"
        other: "{count}"
    country-mismatch: يذكر التعهّد البلد {pledged}، بينما تقع المدينة في البلد {city}.
    description-length:
      missing:
        text: ليس للتعهّد وصف؛ وتطلب الاستمارة وصفًا يتراوح طوله بين {minimum} و{maximum}.
        maximum:
          zero: "{count} حرف"
          one: حرف واحد
          two: حرفين
          few: "{count} أحرف"
          many: "{count} حرفًا"
          other: "{count} حرف"
      short:
        text: يتألّف وصف التعهّد من {characters}، بينما تشترط الاستمارة ألا يقلّ طوله عن {minimum}.
        characters:
          zero: "{count} حرف"
          one: حرف واحد
          two: حرفين
          few: "{count} أحرف"
          many: "{count} حرفًا"
          other: "{count} حرف"
      long:
        text: يتألّف وصف التعهّد من {characters}، بينما لا تقبل الاستمارة أكثر من {maximum}.
        characters:
          zero: "{count} حرف"
          one: حرف واحد
          two: حرفين
          few: "{count} أحرف"
          many: "{count} حرفًا"
          other: "{count} حرف"
    deadline-outside-period:
      early: يسبق الموعد النهائي للتعهّد ({deadline}) بدايةَ مدة الخطة في {begins}.
      late: يأتي الموعد النهائي للتعهّد ({deadline}) بعد نهاية مدة الخطة في {ends}.
  waivers:
    no-reason: لا يذكر أحد قرارات المجموعة بقبول نقطة ما سببَ القبول، لذا تبقى النقطة مفتوحة.
    unused: لا يطابق أحد قرارات المجموعة بقبول نقطة ما أيَّ نقطة مفتوحة، ويمكن حذفه.
    expired: انتهى في {until} سريان أحد قرارات المجموعة بقبول نقطة ما، فعادت النقطة مفتوحة.

finding-words:
  other: ثمة نقطة في الخطة تستدعي المتابعة.
  quote: "«{text}»"
  and: " و"
  or: " أو "
  percent: "{number}٪"
  one-of: "أحد قطاعات {sectors}"
  more-of:
    text: "{count} من بين {sectors}"
    count:
      zero: "{count} قطاع إضافي"
      one: قطاع إضافي واحد
      two: قطاعين إضافيين
      few: "{count} قطاعات إضافية"
      many: "{count} قطاعًا إضافيًا"
      other: "{count} قطاع إضافي"
  # مكان اسم عنصر لا تتضمّنه هذه النسخة من الخطة؛ تقول الجمل «الإجراء {action}»،
  # ومن هنا «غير المسمّى».
  unnamed:
    member: عضو غير مسمّى
    stakeholder: جهة غير مسمّاة
    resource: غير المسمّى
    action: غير المسمّى
    pillar: غير المسمّاة
    strategy: غير المسمّاة
    indicator: غير المسمّى
    objective: غير المسمّى
    threat: غير المسمّى
    service-gap: غير المسمّاة
    consultation: غير المسمّاة
    pathway: غير المسمّى
    agreement: غير المسمّى
    funding-source: مصدر تمويل غير مسمّى

"""#,
        "locales/en.yaml": #"""
# English strings for pfplan's outputs (the fallback for every other locale).
# Sections: common (shared), gaps (`pfplan gaps`), pictures (the SVG charts),
# document (the plan document). Nested keys are read as dotted names
# (`gaps.missing`). A locale may not add a key English lacks, and should
# not lack one English has: the tests check both.
# Placeholders in braces ({count}) are filled in by pfplan.
# Stage, sector, role and audience titles come from the framework model.

common:
  language: English
  direction: ltr
  date:
    pattern: "{month} {day}, {year}"
    first-day: "1"
  months: [January, February, March, April, May, June, July, August, September, October, November, December]
  months-short: [Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec]
  number:
    digits: "0123456789"
    group: ","
    decimal: "."
    min-grouping: "1"
  list-separator: ", "
  none: none
  need:
    any-of: "one of {sectors}"
    more-of: "{count} more of {sectors}"
    separator: " / "
  status:
    planned: planned
    in-progress: in progress
    done: done
    blocked: blocked
    dropped: dropped
    unknown: no status
  resource-kind:
    program: program
    service: service
    hotline: hotline
    training: training
    funding: funding
    guidance: guidance
    data: data
    unknown: unknown kind
  # Language codes of a plan (`languages: [en, es]`) in words; a code not
  # listed is shown as written.
  language-names:
    ar: Arabic
    en: English
    es: Spanish
    fr: French
    ht: Haitian Creole
    ko: Korean
    mam: Mam
    nv: Navajo
    ps: Pashto
    pt: Portuguese
    ru: Russian
    so: Somali
    sw: Swahili
    tl: Tagalog
    uk: Ukrainian
    vi: Vietnamese
    zh: Chinese

gaps:
  title: "Coverage and gaps: {city}"
  plan-file: Plan
  model: Model
  as-of: As of
  matrix: Stages by sector
  sector: Sector
  stage: Stage
  legend:
    present: "{mark} present (with the number of providers)"
    missing: "{mark} needed but missing"
    needed-present: "{mark} needed and present"
    empty: "{mark} not present, not needed"
  covered: covered
  not-covered: not covered
  stages: Stages
  sectors-present: Sectors present
  sectors-offered: "Offered only, not counted"
  sectors-missing: Sectors missing
  provided-by: "provided by {who}"
  actions: Actions
  actions-missing: "{count} more needed"
  resources: Resources
  resources-by-kind: Resources by kind
  pathways-missing: "{count} more needed"
  pathways: "Pathways"
  resources-missing: "{count} more needed"
  audiences: Audiences served
  leadership: Leadership
  leadership-name: Group
  leadership-sectors: Seats by sector
  leadership-roles: Roles
  seats: Seats
  vacant: vacant
  no-leadership: The plan has no leadership group.
  unserved-audiences: Audiences no action or resource serves
  all-audiences-served: Every audience of the model is served.
  not-computed: "Coverage not computed: the plan has errors that make it wrong (run pfplan lint)."

pictures:
  title-with-city: "{title}: {city}"
  heatmap:
    title: Coverage of the framework's stages by sector
    desc: "A grid of {sectors} sectors (rows) by {stages} stages (columns). Each cell gives the number of stakeholders and members that bring the sector to the stage. Cells marked with a cross are sectors the stage needs that no one brings. {left-out} sectors that no stage needs and no one brings are left out. Needs not met: {missing}."
    all-met: every sector need is met
    legend-providers: providers
    providers:
      one: "{count} provider"
      other: "{count} providers"
    legend-missing: needed, none present
    legend-needed: needed and present
    stage: Stage
  leadership:
    title: Leadership group
    desc:
      one: "The chair at the top, then 1 other seat, with its role and sector. Vacant seats: {vacant}."
      other: "The chair at the top, then {count} other seats grouped by role, each with its sector. Vacant seats: {vacant}."
    chair: Chair
    vacant: Vacant seat
    no-chair: No chair
    members: Members
  timeline:
    title: Actions over the plan period
    part: "{title} ({part} of {parts})"
    desc: "One strip per stage from {start} to {end}; each action is a bar from its start to its due date. The vertical line marks {asOf}. Overdue actions ({overdue}) are marked with an exclamation mark."
    as-of: "As of {date}"
    overdue: overdue
    no-dates: no dates
    no-actions: no actions
    legend-overdue: overdue
    legend-status: status

document:
  title-fallback: "Prevention plan: {city}"
  skip: Skip to the content
  contents: Contents
  sections:
    glance: At a glance
    need: Statement of need and vision
    objectives: Objectives
    assessment: Needs and vulnerabilities assessment
    governance: Governance
    activities: Prevention activities
    pathways: Referral pathways and information sharing
    monitoring: Monitoring and evaluation
    budget: Budget and funding
    open-points: Open points
    stakeholders: "Annex A: stakeholder directory"
    resources: "Annex B: resource directory"
    made: "Annex C: how this was made"
  edition:
    public: "Public edition: contacts marked internal or restricted are left out."
    internal: "Internal edition: for the partners of the framework; restricted contacts are left out."
    restricted: "Restricted edition: holds every contact; do not share outside the leadership group."
  audience-names:
    public: public
    internal: internal
    restricted: restricted
  draft:
    heading: Draft
    not-adopted: This plan has not been adopted yet.
    placeholders: "This plan still holds placeholders marked TODO: what is named so is not listed or counted here, and texts that hold them are still to be written."
  banner:
    heading: This plan has errors
    text:
      one: "It was rendered with --force despite {count} error that can make this document wrong. Correct it (pfplan lint) before publishing."
      other: "It was rendered with --force despite {count} errors that can make this document wrong. Correct them (pfplan lint) before publishing."
  downloads:
    heading: Files of this plan
    page: The plan as a web page
    markdown: The plan as Markdown
    csv: Directory (CSV spreadsheet)
    vcard: Directory (vCard contacts)
    calendar: Actions (calendar)
    coverage: Coverage picture (SVG)
    leadership: Leadership chart (SVG)
    timeline: Timeline (SVG)
  empty:
    need: No statement of need or vision is recorded yet.
    objectives: No measurable objective is recorded yet.
    assessment: No needs and vulnerabilities assessment is recorded yet.
    threats: No threat is recorded yet.
    groups: No group at risk is recorded yet.
    gaps: No service gap is recorded yet.
    assets: No community asset is recorded yet.
    consultation: No consultation is recorded yet.
    governance: No leadership group is recorded yet.
    members: No member of the leadership group is recorded yet.
    learning: No learning session is recorded yet.
    stage-actions: No action at this stage yet.
    pathways: No referral pathway is recorded yet.
    agreements: No information-sharing agreement is recorded yet.
    safeguards: No safeguards are recorded yet.
    indicators: No indicator is recorded yet.
    budget: No budget or funding is recorded yet.
    funding: No source of funding is recorded yet.
    stakeholders: No stakeholder is recorded yet.
    resources: No resource is recorded yet.
  glance:
    adopted: Adopted
    draft: Draft, not adopted yet
    review: Next review
    no-review: not scheduled
    stages: Stages covered
    stages-covered: "{covered} of {total}"
    actions: Actions
    done:
      one: "{count} done"
      other: "{count} done"
    in-progress:
      one: "{count} in progress"
      other: "{count} in progress"
    overdue:
      one: "{count} overdue"
      other: "{count} overdue"
    no-actions: no action yet
    vacant: Vacant seats
    vacant-seats:
      one: "{count} vacant seat"
      other: "{count} vacant seats"
    budget: Total budget
    funded: Funded
    funded-share: "{amount} ({percent}%)"
    objectives: Objectives and their outcomes
    no-outcome: no outcome indicator yet
    progress: "{name}: {actual}{unit}, target {target}{unit}"
    no-figure: "{name}: target {target}{unit}, no figure yet"
    next: Next actions due
    due: "due {date}"
    nothing-due: No open action has a due date ahead.
  period: Period
  period-range: "{start} to {end}"
  languages: Languages
  need: Statement of need
  vision: Vision
  pillars: Pillars and strategies
  objective:
    answers: Answers
    indicators: Outcome indicators
    served-by: Actions that serve it
    no-actions: No action serves this objective yet.
  assessment:
    threats: Threats and their drivers
    targets: Who is targeted
    answered-by: Answered by
    unanswered: Nothing in this plan answers it yet.
    served-by: "served by {actions}"
    group-unserved: No action serves this group yet.
    assets: Community assets
    consultation: Consultation record
  consultation:
    title: Consultation
    date: Date
    with: With
    participants: Participants
  trend: Trend
  trends:
    rising: rising
    stable: stable
    falling: falling
    unknown: unknown
  source: Source
  description: Description
  groups-at-risk: Groups at risk
  service-gaps: Service gaps
  group: Group
  meets: Meets
  meets-every:
    weekly: every week
    fortnightly: every two weeks
    monthly: every month
    bimonthly: every two months
    quarterly: every three months
    twice-yearly: twice a year
    yearly: once a year
  reports-to: Reports to
  charter: Terms of reference
  governance:
    chart: Seats by role
    seats-by-sector: Seats by sector
    learning: Learning program
    session: Session
  learning-status:
    planned: planned
    done: done
  seats: Seats
  no-sector: No sector given
  members: Members
  name: Name
  organization: Organization
  sector: Sector
  roles: Roles
  role: Role
  holders: Held by
  role-needs: The model asks for
  role-exactly: "exactly {count}"
  role-between: "{min} to {max}"
  role-at-least: "at least {count}"
  role-at-most: "at most {count}"
  role-unmet: (not met)
  vacant: Vacant seat
  contact: Contact
  none: none
  stage: Stage
  stages: Stages
  offers: Offers to help at
  other-stage: Actions outside the model's stages
  status: Status
  overdue: overdue
  lead: Lead
  partners: Partners
  dates: Dates
  date-span:
    range: "{start} to {due}"
    from: "from {start}"
    by: "by {due}"
  strategy: Strategy
  audiences: Audiences
  resources-used: Resources used
  budget: Budget
  funding: Funding
  objectives: Objectives served
  answers: Answers
  indicators: Indicators
  indicator-target: "{name} (target {target})"
  indicator: Indicator
  indicator-of: Of
  kind: Kind
  indicator-kinds:
    output: output
    outcome: outcome
  baseline: Baseline
  target: Target
  actual: Latest
  collected-by: Collected by
  no-owner: no one named
  frequency: How often
  frequencies:
    monthly: monthly
    quarterly: quarterly
    twice-yearly: twice a year
    yearly: yearly
    once: once
  no-value: "–"
  pathway:
    heading: Referral pathways
    referrers: Who may refer
    intake: The door (single point of contact)
    team: The team
    agreement: Information-sharing agreement
    follow-up: Follow-up
    follow-up-months: "case reviews {months} months after closure"
    consent: Consent
    no-consent: How consent is sought is not recorded yet.
    police: When the police are involved
    exit: Closing a case
  agreement:
    heading: Information-sharing agreements
    kind: Kind
    parties: Parties
    basis: Legal basis
    signed: Signed
    expires: Expires
    retention: What is kept, and for how long
  agreement-kinds:
    information-sharing: information sharing
    mou: memorandum of understanding
    data-processing: data processing
    mutual-aid: mutual aid
  agreement-bases:
    consent: consent of the person
    ferpa: FERPA (student records)
    hipaa: HIPAA (health information)
    42-cfr-2: 42 CFR Part 2 (substance-use records)
    cjis: CJIS (criminal-justice information)
    28-cfr-23: 28 CFR Part 23 (criminal intelligence)
    state-law: state law
    other: other
  agreement-statuses:
    draft: draft
    negotiating: being negotiated
    signed: signed
    expired: expired
  safeguards:
    heading: Civil-rights safeguards
    oversight: Oversight body
    complaints: Complaints
    no-complaints: No complaint route is recorded yet.
  monitoring:
    of-objectives: Outcome indicators of the objectives
    of-actions: "Indicators of the actions: {stage}"
  funds:
    funded: Funded
    unfunded: Not yet funded
    funded-means: "Funded: the action names a source of money that is more than applied for (awarded, committed or ended)."
    by-stage: Budget by stage
    by-source: Sources of funding
    source: Source
    kind: Kind
    amount: Amount
    pays-for: Pays for
    actions:
      one: "{count} action"
      other: "{count} actions"
    cliffs: Where funding ends before the work does
    cliff: "{action}: due {due}, but its funding ends {end}."
    no-cliffs: No action runs past the end of its funding.
  funding-kinds:
    federal: federal
    state: state
    county: county
    city: city
    philanthropic: philanthropic
    private: private
    in-kind: in kind
  funding-statuses:
    applied: applied for
    awarded: awarded
    committed: committed
    ended: ended
  coverage-table: Coverage of each stage
  covered-column: Covered
  covered: covered
  not-covered: gap
  accepted-gap: "gap, accepted"
  missing-sectors: Sectors missing
  actions-column: Actions (have / need)
  resources-column: Resources (have / need)
  pathways-column: Pathways (have / need)
  have-need: "{have} / {need}"
  unserved: Audiences no action or resource serves
  open-findings: What is still open
  no-open: Nothing is open.
  waived-findings: Accepted by the leadership group
  waived-intro: The leadership group discussed these points and accepted them, for the reason given.
  reason: Reason
  severity:
    error: to correct
    warning: to address
    info: note
  hidden-finding: A finding about a contact that this edition leaves out.
  resource-kinds:
    program: Programs
    service: Services
    hotline: Hotlines
    training: Trainings
    funding: Funding
    guidance: Guidance
    data: Data
    unknown: Other resources
  provider: Provider
  cost: Cost
  costs:
    free: free
    low-cost: low cost
    fee: fee
  website: Website
  phone: Phone
  email: Email
  address: Address
  hours: Hours
  pictures:
    coverage: "Coverage heat map: the sectors that bring each stage of the framework. The table below gives the same figures."
    leadership: "Leadership chart: the chair, then the seats by role and sector. The tables below give the same details."
    timeline: "Timeline: each action from its start to its due date, by stage. The actions above give the same dates."
    scroll-cue: "Scroll sideways to see the whole timeline →"
    scrolling: Timeline, scrolls sideways
  made:
    plan: "Plan file: {file}"
    model: "Framework model: {model} ({id})"
    as-of: "Dates and progress as of {date}"
    audience: "Edition: {audience}"
    tool: "Made with pfplan {version}, from the plan alone: change the plan and render again, do not edit this file."

index:
  title: Prevention plans
  intro:
    one: "{count} city: how far its plan covers the stages of its framework, and what it still has to do."
    other: "{count} cities side by side: how far each plan covers the stages of its framework, and what each still has to do."
  skip: Skip to the content
  cities: Cities
  city: City
  stages: Stages covered
  stages-covered: "{covered} of {total}"
  objectives: Objectives
  objectives-count:
    one: "{count} objective"
    other: "{count} objectives"
  overdue: Overdue
  overdue-count:
    one: "{count} action overdue"
    other: "{count} actions overdue"
  vacant: Vacant seats
  vacant-count:
    one: "{count} vacant seat"
    other: "{count} vacant seats"
  draft: Draft
  forced: Rendered despite errors
  refused: "not rendered: the plan has errors"
  matrix: "Stages covered: {model}"
  covered: covered
  gap: gap
  accepted: "gap, accepted"
  made:
    as-of: "Dates and progress as of {date}"
    tool: "Made with pfplan {version}."

calendar:
  # The one-day event on an action's start date (actions.ics).
  starts: "Starts: {title}"

# What the plan document says for each finding, one sentence per rule
# (`findings.<group>.<rule>`), or per variant of a rule with several. The
# sentence speaks of the city, never of the file: no rule id, id, file or
# line. Placeholders are the finding's facts: {action} is the action's
# title, {stage} a stage's title in this language and {stage.lower} the
# same with a small first letter, {due} a date, {days} a count. A count
# whose sentence is a mapping takes the counted form given beside `text`
# (one, other; Arabic zero, one, two, few, many, other).
findings:
  # Findings about the file, one sentence per group.
  yaml: Part of the plan could not be read, so this document may leave out or misstate what follows it.
  schema: "A value in the plan could not be read: the document may be wrong here."
  include: A file the plan includes could not be read, so this document may lack what it holds.
  refs: "Something the plan refers to is not defined, or is defined twice: the document may be wrong here."
  framework:
    period-order: "The plan's period ends on {end}, before it begins on {start}."
    not-adopted: "The plan has not been adopted yet: it is still a draft."
    review-overdue: The plan's review was due on {review}, and no later review is scheduled.
  draft:
    placeholder:
      text: The plan still holds {places} to fill in.
      places:
        one: "one placeholder (TODO)"
        other: "{count} placeholders (TODO)"
  objectives:
    missing: The plan does not state measurable objectives yet.
    no-outcome: The objective {objective} has no outcome indicator with a target yet.
    no-actions: No action works towards the objective {objective} yet.
  assessment:
    threat-unaddressed: No objective or action answers the threat {threat} yet.
    gap-unaddressed: No objective or action closes the service gap {gap} yet.
    group-unserved: No action serves {group.lower} yet, though the assessment finds them at risk.
    no-consultation: The assessment records no consultation with community organizations or with a group at risk.
  roles:
    chair-missing: No member of the leadership group holds the role of {role.lower}.
    chair-multiple: "{member} is a second {role.lower} of the leadership group, which has only one."
    chair-sector: "{member}, the {role.lower}, comes from {sector.lower}; the framework asks for {allowed.lower}."
    required-missing:
      none: No member of the leadership group holds the role of {role.lower}.
      too-few:
        text: The role of {role.lower} needs {need} and has {have}.
        need:
          one: "{count} member"
          other: "{count} members"
    vacant:
      organization: The leadership group's seat for {organization} ({roles.lower}) is vacant.
      seat: A seat of the leadership group ({roles.lower}) is vacant.
    not-multidisciplinary:
      members:
        text: The leadership group has {members}; the framework asks for at least {needed-members}.
        members:
          one: "{count} member"
          other: "{count} members"
      sectors:
        text: The leadership group brings together {sectors}; the framework asks for at least {needed-sectors}.
        sectors:
          one: "{count} sector"
          other: "{count} sectors"
      both:
        text: The leadership group has {members} from {sectors}; the framework asks for at least {needed-members} from {needed-sectors}.
        members:
          one: "{count} member"
          other: "{count} members"
        sectors:
          one: "{count} sector"
          other: "{count} sectors"
        needed-members:
          one: "{count} member"
          other: "{count} members"
        needed-sectors:
          one: "{count} sector"
          other: "{count} sectors"
    sector-share:
      text: "{sector} holds {seats} of the leadership group's {members}, more than the {share} the framework allows."
      seats:
        one: "{count}"
        other: "{count}"
      members:
        one: "{count} seat"
        other: "{count} seats"
    meets-rarely:
      unknown: The leadership group does not say how often it meets; the framework asks it to meet at least {needed}.
      rarely: The leadership group meets {meets}; the framework asks it to meet at least {needed}.
    community-share:
      text: Community sectors ({sectors.lower}) hold {seats} of the leadership group's {members}, fewer than the {share} the framework asks for.
      seats:
        one: "{count}"
        other: "{count}"
      members:
        one: "{count} seat"
        other: "{count} seats"
  coverage:
    stage-no-actions:
      text: "{stage} has {have} of the {need} it needs."
      need:
        one: "{count} action"
        other: "{count} actions"
    stage-missing-sector: "{stage} still needs partners from {needs.lower}."
    stage-no-resources:
      any:
        text: "{stage} has {have} of the {need} it needs."
        need:
          one: "{count} resource"
          other: "{count} resources"
      of-kind:
        text: "{stage} has {have} of the {need} ({kinds}) it needs."
        need:
          one: "{count} resource"
          other: "{count} resources"
    audience-unserved: No action or resource serves {audience.lower} yet.
    stage-no-pathway:
      text: "{stage} has {have} of the {need} it needs."
      need:
        one: "{count} referral pathway"
        other: "{count} referral pathways"
  pathways:
    no-consent: The referral pathway {pathway} does not say how the consent of the person referred is sought.
    police-threshold: "{sector} is part of the referral pathway {pathway}, which does not say when the police are told."
    no-agreement:
      none:
        text: The referral pathway {pathway} shares cases between {organisations} without an information-sharing agreement.
        organisations:
          one: "{count} organization"
          other: "{count} organizations"
      unsigned: "The agreement {agreement} behind the referral pathway {pathway} is not signed yet (status: {status})."
      no-status: The agreement {agreement} behind the referral pathway {pathway} is not recorded as signed.
  agreements:
    expired:
      status: The information-sharing agreement {agreement}, on which a referral pathway relies, has expired.
      date: The information-sharing agreement {agreement}, on which a referral pathway relies, expired on {expired}.
  safeguards:
    missing: The plan works with people at risk but states no civil-rights safeguards.
    no-complaints: The safeguards give no way to make a complaint.
    no-oversight: The safeguards name no body that oversees them.
  actions:
    no-indicator: "{action} has no indicator to show its progress."
    indicator-no-target: The indicator {indicator} of {action} has no target.
    dates: "{action} is due on {due}, before it starts on {start}."
    outside-period:
      early: "{action} starts on {start}, before the plan's period begins on {begins}."
      late: "{action} is due on {due}, after the plan's period ends on {ends}."
    overdue:
      text: "{action} is {days} overdue: it was due on {due} and is still {status}."
      days:
        one: "{count} day"
        other: "{count} days"
    done-without-actual: "{action} is done, but its indicator {indicator} gives no figure of what was reached."
    unfunded: "{action} has a budget but names no source of funding."
  funding:
    cliff: "{action} is due on {due}, but its funding ends on {end}."
  indicators:
    no-owner: No one is named to collect the figures of the indicator {indicator}.
  directory:
    no-contact: "{stakeholder} takes part in actions but has no contact in the directory."
    contact-no-channel: A contact of {owner} has neither an email address nor a phone number.
    orphan: Nothing in the plan involves {stakeholder} yet.
    resource-no-access: The directory gives no website, phone number or address for {resource}.
  pledge:
    objectives-count:
      text: "The pledge names {count} of the Global Compact for Migration ({objectives}); the pledge form asks for the three main ones."
      count:
        one: "{count} objective"
        other: "{count} objectives"
    country-mismatch: The pledge gives the country {pledged}, but the city is in {city}.
    description-length:
      missing:
        text: The pledge has no description; the pledge form needs one of {minimum} to {maximum}.
        maximum:
          one: "{count} character"
          other: "{count} characters"
      short:
        text: The pledge's description has {characters}; the pledge form needs at least {minimum}.
        characters:
          one: "{count} character"
          other: "{count} characters"
      long:
        text: The pledge's description has {characters}; the pledge form takes at most {maximum}.
        characters:
          one: "{count} character"
          other: "{count} characters"
    deadline-outside-period:
      early: "The pledge's deadline, {deadline}, is before the plan's period begins on {begins}."
      late: "The pledge's deadline, {deadline}, is after the plan's period ends on {ends}."
  waivers:
    no-reason: A decision of the group to accept a point gives no reason, so the point stays open.
    unused: A decision of the group to accept a point matches no open point, and can be removed.
    expired: "A decision of the group to accept a point ended on {until}: the point is open again."

# The words plain-words sentences are made of.
finding-words:
  # A finding of a rule this locale has no sentence for.
  other: A point of the plan needs attention.
  # Titles of actions, objectives, pathways... inside a sentence.
  quote: "“{text}”"
  and: " and "
  or: " or "
  percent: "{number}%"
  one-of: "one of {sectors}"
  more-of:
    text: "{count} of {sectors}"
    count:
      one: "{count} more"
      other: "{count} more"
  # A thing this edition of the plan leaves out, in place of its name.
  unnamed:
    member: a seat of the leadership group
    stakeholder: an organization
    resource: a resource
    action: an action
    pillar: a pillar
    strategy: a strategy
    indicator: an indicator
    objective: an objective
    threat: a threat
    service-gap: a service gap
    consultation: a consultation
    pathway: a referral pathway
    agreement: an agreement
    funding-source: a source of funding

"""#,
        "locales/es.yaml": #"""
# Spanish strings for pfplan's outputs. Keys as in en.yaml.

common:
  language: Español
  direction: ltr
  date:
    pattern: "{day} de {month} de {year}"
    first-day: "1"
  months: [enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, diciembre]
  months-short: [ene, feb, mar, abr, may, jun, jul, ago, sept, oct, nov, dic]
  number:
    digits: "0123456789"
    group: "."
    decimal: ","
    min-grouping: "2"
  list-separator: ", "
  none: ninguno
  need:
    any-of: "uno de {sectors}"
    more-of: "{count} más de {sectors}"
    separator: " / "
  status:
    planned: prevista
    in-progress: en curso
    done: hecha
    blocked: bloqueada
    dropped: abandonada
    unknown: sin estado
  resource-kind:
    program: programa
    service: servicio
    hotline: línea de ayuda
    training: formación
    funding: financiación
    guidance: guía
    data: datos
    unknown: tipo desconocido
  language-names:
    ar: árabe
    en: inglés
    es: español
    fr: francés
    ht: criollo haitiano
    ko: coreano
    mam: mam
    nv: navajo
    ps: pastún
    pt: portugués
    ru: ruso
    so: somalí
    sw: suajili
    tl: tagalo
    uk: ucraniano
    vi: vietnamita
    zh: chino

gaps:
  title: "Cobertura y carencias: {city}"
  plan-file: Plan
  model: Modelo
  as-of: Fecha de referencia
  matrix: Etapas por sector
  sector: Sector
  stage: Etapa
  legend:
    present: "{mark} presente (con el número de proveedores)"
    missing: "{mark} necesario pero ausente"
    needed-present: "{mark} necesario y presente"
    empty: "{mark} ausente, no necesario"
  covered: cubierta
  not-covered: no cubierta
  stages: Etapas
  sectors-present: Sectores presentes
  sectors-offered: "Solo ofrecido, no cuenta"
  sectors-missing: Sectores que faltan
  provided-by: "aportado por {who}"
  actions: Acciones
  actions-missing: "faltan {count}"
  resources: Recursos
  resources-by-kind: Recursos por tipo
  pathways-missing: "faltan {count}"
  pathways: "Vías de derivación"
  resources-missing: "faltan {count}"
  audiences: Públicos atendidos
  leadership: Liderazgo
  leadership-name: Grupo
  leadership-sectors: Puestos por sector
  leadership-roles: Funciones
  seats: Puestos
  vacant: vacante
  no-leadership: El plan no tiene grupo de liderazgo.
  unserved-audiences: Públicos que ninguna acción ni recurso atiende
  all-audiences-served: Todos los públicos del modelo están atendidos.
  not-computed: "Cobertura no calculada: el plan tiene errores que la falsearían (ejecute pfplan lint)."

pictures:
  title-with-city: "{title}: {city}"
  heatmap:
    title: Cobertura de las etapas del marco por sector
    desc: "Una cuadrícula de {sectors} sectores (filas) por {stages} etapas (columnas). Cada celda da el número de actores y miembros que aportan el sector a la etapa. Las celdas marcadas con una cruz son sectores que la etapa necesita y que nadie aporta. Se omiten {left-out} sectores que ninguna etapa necesita y que nadie aporta. Necesidades no cubiertas: {missing}."
    all-met: todas las necesidades de sectores están cubiertas
    legend-providers: proveedores
    providers:
      one: "{count} proveedor"
      many: "{count} de proveedores"
      other: "{count} proveedores"
    legend-missing: necesario, ninguno presente
    legend-needed: necesario y presente
    stage: Etapa
  leadership:
    title: Grupo de liderazgo
    desc:
      one: "La presidencia arriba y, debajo, el otro puesto, con su función y su sector. Puestos vacantes: {vacant}."
      many: "La presidencia arriba y, debajo, los otros {count} de puestos agrupados por función, cada uno con su sector. Puestos vacantes: {vacant}."
      other: "La presidencia arriba y, debajo, los otros {count} puestos agrupados por función, cada uno con su sector. Puestos vacantes: {vacant}."
    chair: Presidencia
    vacant: Puesto vacante
    no-chair: Sin presidencia
    members: Miembros
  timeline:
    title: Acciones a lo largo del periodo del plan
    part: "{title} ({part} de {parts})"
    desc: "Una franja por etapa del {start} al {end}; cada acción es una barra desde su inicio hasta su fecha límite. La línea vertical marca el {asOf}. Las acciones atrasadas ({overdue}) llevan un signo de exclamación."
    as-of: "A {date}"
    overdue: atrasada
    no-dates: sin fechas
    no-actions: sin acciones
    legend-overdue: atrasada
    legend-status: estado

document:
  title-fallback: "Plan de prevención: {city}"
  skip: Saltar al contenido
  contents: Contenido
  sections:
    glance: De un vistazo
    need: Justificación de la necesidad y visión
    objectives: Objetivos
    assessment: Evaluación de necesidades y vulnerabilidades
    governance: Gobernanza
    activities: Actividades de prevención
    pathways: Vías de derivación e intercambio de información
    monitoring: Seguimiento y evaluación
    budget: Presupuesto y financiación
    open-points: Puntos pendientes
    stakeholders: "Anexo A: directorio de actores"
    resources: "Anexo B: directorio de recursos"
    made: "Anexo C: cómo se elaboró este documento"
  edition:
    public: "Edición pública: se omiten los contactos marcados como internos o restringidos."
    internal: "Edición interna: para los socios del marco; se omiten los contactos restringidos."
    restricted: "Edición restringida: contiene todos los contactos; no la comparta fuera del grupo de liderazgo."
  audience-names:
    public: pública
    internal: interna
    restricted: restringida
  draft:
    heading: Borrador
    not-adopted: Este plan todavía no ha sido aprobado.
    placeholders: "Este plan todavía contiene marcadores de posición (TODO): lo que lleva ese nombre no se enumera ni se cuenta aquí, y los textos que los contienen están por escribir."
  banner:
    heading: Este plan tiene errores
    text:
      one: "Se generó con --force a pesar de {count} error que puede hacer que este documento sea incorrecto. Corríjalo (pfplan lint) antes de publicarlo."
      many: "Se generó con --force a pesar de {count} de errores que pueden hacer que este documento sea incorrecto. Corríjalos (pfplan lint) antes de publicarlo."
      other: "Se generó con --force a pesar de {count} errores que pueden hacer que este documento sea incorrecto. Corríjalos (pfplan lint) antes de publicarlo."
  downloads:
    heading: Archivos de este plan
    page: El plan como página web
    markdown: El plan en Markdown
    csv: Directorio (hoja de cálculo CSV)
    vcard: Directorio (contactos vCard)
    calendar: Acciones (calendario)
    coverage: Imagen de la cobertura (SVG)
    leadership: Organigrama del liderazgo (SVG)
    timeline: Cronograma (SVG)
  empty:
    need: Todavía no se ha registrado una justificación de la necesidad ni una visión.
    objectives: Todavía no se ha registrado ningún objetivo medible.
    assessment: Todavía no se ha registrado una evaluación de necesidades y vulnerabilidades.
    threats: Todavía no se ha registrado ninguna amenaza.
    groups: Todavía no se ha registrado ningún grupo en riesgo.
    gaps: Todavía no se ha registrado ninguna brecha de servicios.
    assets: Todavía no se ha registrado ningún recurso comunitario.
    consultation: Todavía no se ha registrado ninguna consulta.
    governance: Todavía no se ha registrado un grupo de liderazgo.
    members: Todavía no se ha registrado ningún miembro del grupo de liderazgo.
    learning: Todavía no se ha registrado ninguna sesión de formación.
    stage-actions: Todavía no hay ninguna acción en esta etapa.
    pathways: Todavía no se ha registrado ninguna vía de derivación.
    agreements: Todavía no se ha registrado ningún acuerdo de intercambio de información.
    safeguards: Todavía no se han registrado salvaguardias.
    indicators: Todavía no se ha registrado ningún indicador.
    budget: Todavía no se ha registrado presupuesto ni financiación.
    funding: Todavía no se ha registrado ninguna fuente de financiación.
    stakeholders: Todavía no se ha registrado ningún actor.
    resources: Todavía no se ha registrado ningún recurso.
  glance:
    adopted: Aprobado
    draft: Borrador, todavía sin aprobar
    review: Próxima revisión
    no-review: sin fecha prevista
    stages: Etapas cubiertas
    stages-covered: "{covered} de {total}"
    actions: Acciones
    done:
      one: "{count} realizada"
      many: "{count} de realizadas"
      other: "{count} realizadas"
    in-progress:
      one: "{count} en curso"
      many: "{count} de en curso"
      other: "{count} en curso"
    overdue:
      one: "{count} atrasada"
      many: "{count} de atrasadas"
      other: "{count} atrasadas"
    no-actions: ninguna acción todavía
    vacant: Puestos vacantes
    vacant-seats:
      one: "{count} puesto vacante"
      many: "{count} de puestos vacantes"
      other: "{count} puestos vacantes"
    budget: Presupuesto total
    funded: Financiado
    funded-share: "{amount} ({percent} %)"
    objectives: Objetivos y sus resultados
    no-outcome: todavía sin indicador de resultado
    progress: "{name}: {actual}{unit}, meta {target}{unit}"
    no-figure: "{name}: meta {target}{unit}, todavía sin dato"
    next: Próximas acciones con fecha límite
    due: "fecha límite: {date}"
    nothing-due: Ninguna acción abierta tiene una fecha límite por delante.
  period: Periodo
  period-range: "del {start} al {end}"
  languages: Idiomas
  need: Justificación de la necesidad
  vision: Visión
  pillars: Pilares y estrategias
  objective:
    answers: Responde a
    indicators: Indicadores de resultado
    served-by: Acciones que contribuyen a él
    no-actions: Todavía ninguna acción contribuye a este objetivo.
  assessment:
    threats: Amenazas y sus factores
    targets: A quién se dirige
    answered-by: Respondida por
    unanswered: Nada en este plan responde todavía a ella.
    served-by: "atendido por {actions}"
    group-unserved: Todavía ninguna acción atiende a este grupo.
    assets: Recursos comunitarios
    consultation: Registro de consultas
  consultation:
    title: Consulta
    date: Fecha
    with: Con
    participants: Participantes
  trend: Tendencia
  trends:
    rising: en aumento
    stable: estable
    falling: en descenso
    unknown: desconocida
  source: Fuente
  description: Descripción
  groups-at-risk: Grupos en riesgo
  service-gaps: Brechas de servicios
  group: Grupo
  meets: Se reúne
  meets-every:
    weekly: cada semana
    fortnightly: cada dos semanas
    monthly: cada mes
    bimonthly: cada dos meses
    quarterly: cada tres meses
    twice-yearly: dos veces al año
    yearly: una vez al año
  reports-to: Rinde cuentas a
  charter: Mandato
  governance:
    chart: Puestos por función
    seats-by-sector: Puestos por sector
    learning: Programa de formación
    session: Sesión
  learning-status:
    planned: prevista
    done: realizada
  seats: Puestos
  no-sector: Sin sector indicado
  members: Miembros
  name: Nombre
  organization: Organización
  sector: Sector
  roles: Funciones
  role: Función
  holders: Quién la ejerce
  role-needs: El modelo pide
  role-exactly: "exactamente {count}"
  role-between: "de {min} a {max}"
  role-at-least: "al menos {count}"
  role-at-most: "como máximo {count}"
  role-unmet: (no se cumple)
  vacant: Puesto vacante
  contact: Contacto
  none: ninguno
  stage: Etapa
  stages: Etapas
  offers: Ofrece ayuda en
  other-stage: Acciones fuera de las etapas del modelo
  status: Estado
  overdue: atrasada
  lead: Responsable
  partners: Socios
  dates: Fechas
  date-span:
    range: "del {start} al {due}"
    from: "desde el {start}"
    by: "antes del {due}"
  strategy: Estrategia
  audiences: Destinatarios
  resources-used: Recursos utilizados
  budget: Presupuesto
  funding: Financiación
  objectives: Objetivos a los que contribuye
  answers: Responde a
  indicators: Indicadores
  indicator-target: "{name} (meta {target})"
  indicator: Indicador
  indicator-of: De
  kind: Tipo
  indicator-kinds:
    output: producto
    outcome: resultado
  baseline: Línea de base
  target: Meta
  actual: Último dato
  collected-by: Recogido por
  no-owner: nadie designado
  frequency: Con qué frecuencia
  frequencies:
    monthly: mensual
    quarterly: trimestral
    twice-yearly: dos veces al año
    yearly: anual
    once: una vez
  no-value: "–"
  pathway:
    heading: Vías de derivación
    referrers: Quién puede derivar
    intake: La puerta de entrada (punto único de contacto)
    team: El equipo
    agreement: Acuerdo de intercambio de información
    follow-up: Seguimiento
    follow-up-months: "revisiones del caso {months} meses después del cierre"
    consent: Consentimiento
    no-consent: Todavía no se ha registrado cómo se pide el consentimiento.
    police: Cuándo interviene la policía
    exit: Cierre de un caso
  agreement:
    heading: Acuerdos de intercambio de información
    kind: Tipo
    parties: Partes
    basis: Base jurídica
    signed: Firmado
    expires: Vence
    retention: Qué se conserva y durante cuánto tiempo
  agreement-kinds:
    information-sharing: intercambio de información
    mou: memorando de entendimiento
    data-processing: tratamiento de datos
    mutual-aid: ayuda mutua
  agreement-bases:
    consent: consentimiento de la persona
    ferpa: FERPA (expedientes de estudiantes)
    hipaa: HIPAA (información de salud)
    42-cfr-2: 42 CFR parte 2 (expedientes de consumo de sustancias)
    cjis: CJIS (información de justicia penal)
    28-cfr-23: 28 CFR parte 23 (inteligencia criminal)
    state-law: ley estatal
    other: otra
  agreement-statuses:
    draft: borrador
    negotiating: en negociación
    signed: firmado
    expired: vencido
  safeguards:
    heading: Salvaguardias de los derechos civiles
    oversight: Órgano de supervisión
    complaints: Quejas
    no-complaints: Todavía no se ha registrado una vía para presentar quejas.
  monitoring:
    of-objectives: Indicadores de resultado de los objetivos
    of-actions: "Indicadores de las acciones: {stage}"
  funds:
    funded: Financiado
    unfunded: Todavía sin financiación
    funded-means: "Financiado: la acción indica una fuente de dinero que va más allá de la solicitud (concedida, comprometida o finalizada)."
    by-stage: Presupuesto por etapa
    by-source: Fuentes de financiación
    source: Fuente
    kind: Tipo
    amount: Importe
    pays-for: Financia
    actions:
      one: "{count} acción"
      many: "{count} de acciones"
      other: "{count} acciones"
    cliffs: Dónde termina la financiación antes que el trabajo
    cliff: "{action}: fecha límite {due}, pero su financiación termina el {end}."
    no-cliffs: Ninguna acción se prolonga más allá del fin de su financiación.
  funding-kinds:
    federal: federal
    state: estatal
    county: del condado
    city: municipal
    philanthropic: filantrópica
    private: privada
    in-kind: en especie
  funding-statuses:
    applied: solicitada
    awarded: concedida
    committed: comprometida
    ended: finalizada
  coverage-table: Cobertura de cada etapa
  covered-column: Cubierta
  covered: cubierta
  not-covered: brecha
  accepted-gap: brecha aceptada
  missing-sectors: Sectores que faltan
  actions-column: Acciones (hay / se necesitan)
  resources-column: Recursos (hay / se necesitan)
  pathways-column: Vías (hay / se necesitan)
  have-need: "{have} / {need}"
  unserved: Destinatarios a los que ninguna acción ni recurso atiende
  open-findings: Lo que sigue pendiente
  no-open: No queda nada pendiente.
  waived-findings: Aceptado por el grupo de liderazgo
  waived-intro: El grupo de liderazgo examinó estos puntos y los aceptó, por el motivo indicado.
  reason: Motivo
  severity:
    error: a corregir
    warning: a atender
    info: nota
  hidden-finding: Una observación sobre un contacto que esta edición omite.
  resource-kinds:
    program: Programas
    service: Servicios
    hotline: Líneas de ayuda
    training: Formaciones
    funding: Financiación
    guidance: Guías
    data: Datos
    unknown: Otros recursos
  provider: Proveedor
  cost: Coste
  costs:
    free: gratuito
    low-cost: de bajo coste
    fee: de pago
  website: Sitio web
  phone: Teléfono
  email: Correo electrónico
  address: Dirección
  hours: Horario
  pictures:
    coverage: "Mapa de calor de la cobertura: los sectores que aportan cada etapa del marco. La tabla de abajo da las mismas cifras."
    leadership: "Organigrama del liderazgo: la presidencia y, debajo, los puestos por función y sector. Las tablas de abajo dan los mismos detalles."
    timeline: "Cronograma: cada acción desde su inicio hasta su fecha límite, por etapa. Las acciones de arriba dan las mismas fechas."
    scroll-cue: "Desplácese hacia los lados para ver todo el cronograma →"
    scrolling: Cronograma, se desplaza hacia los lados
  made:
    plan: "Archivo del plan: {file}"
    model: "Modelo de marco: {model} ({id})"
    as-of: "Fechas y avances a {date}"
    audience: "Edición: {audience}"
    tool: "Elaborado con pfplan {version} a partir del plan: modifique el plan y vuelva a generarlo; no edite este archivo."

index:
  title: Planes de prevención
  intro:
    one: "{count} ciudad: en qué medida su plan cubre las etapas de su marco y lo que le queda por hacer."
    many: "{count} de ciudades lado a lado: en qué medida cada plan cubre las etapas de su marco y lo que a cada una le queda por hacer."
    other: "{count} ciudades lado a lado: en qué medida cada plan cubre las etapas de su marco y lo que a cada una le queda por hacer."
  skip: Saltar al contenido
  cities: Ciudades
  city: Ciudad
  stages: Etapas cubiertas
  stages-covered: "{covered} de {total}"
  objectives: Objetivos
  objectives-count:
    one: "{count} objetivo"
    many: "{count} de objetivos"
    other: "{count} objetivos"
  overdue: Atrasadas
  overdue-count:
    one: "{count} acción atrasada"
    many: "{count} de acciones atrasadas"
    other: "{count} acciones atrasadas"
  vacant: Puestos vacantes
  vacant-count:
    one: "{count} puesto vacante"
    many: "{count} de puestos vacantes"
    other: "{count} puestos vacantes"
  draft: Borrador
  forced: Generado a pesar de los errores
  refused: "no generado: el plan tiene errores"
  matrix: "Etapas cubiertas: {model}"
  covered: cubierta
  gap: brecha
  accepted: brecha aceptada
  made:
    as-of: "Fechas y avances a {date}"
    tool: "Elaborado con pfplan {version}."

calendar:
  starts: "Comienza: {title}"

# Lo que dice el documento del plan para cada observación: una frase por
# regla (o por variante), sobre la ciudad y nunca sobre el archivo. Véase
# el comentario de en.yaml: mismas claves, mismos marcadores.
findings:
  yaml: No se ha podido leer parte del plan, por lo que este documento puede omitir o presentar de forma incorrecta lo que sigue.
  schema: "No se ha podido leer un valor del plan: el documento puede contener un error en este punto."
  include: No se ha podido leer un archivo que el plan incluye, por lo que puede faltar en este documento lo que contiene.
  refs: "El plan hace referencia a algo que no define, o lo define dos veces: el documento puede contener un error en este punto."
  framework:
    period-order: El periodo del plan termina el {end}, antes de empezar el {start}.
    not-adopted: "El plan aún no se ha aprobado: sigue siendo un borrador."
    review-overdue: La revisión del plan estaba prevista para el {review} y no hay ninguna revisión posterior programada.
  draft:
    placeholder:
      text: El plan aún contiene {places} por completar.
      places:
        one: "{count} apartado provisional (marcado con TODO)"
        many: "{count} de apartados provisionales (marcados con TODO)"
        other: "{count} apartados provisionales (marcados con TODO)"
  objectives:
    missing: El plan todavía no fija objetivos medibles.
    no-outcome: El objetivo {objective} aún no tiene un indicador de resultado con una meta.
    no-actions: Ninguna acción contribuye todavía al objetivo {objective}.
  assessment:
    threat-unaddressed: Ningún objetivo ni acción responde todavía a la amenaza {threat}.
    gap-unaddressed: Ningún objetivo ni acción cubre todavía la carencia de servicios {gap}.
    group-unserved: Ninguna acción atiende todavía al colectivo «{group}», que la evaluación identifica como en situación de riesgo.
    no-consultation: La evaluación no recoge ninguna consulta con organizaciones comunitarias ni con un colectivo en situación de riesgo.
  roles:
    chair-missing: Ningún miembro del grupo de liderazgo ocupa la función de {role.lower}.
    chair-multiple: "{member} también figura en la función de {role.lower}, que en el grupo de liderazgo corresponde a una sola persona."
    chair-sector: "{member}, que ocupa la función de {role.lower}, procede del sector «{sector}»; según el marco, esta función corresponde a: {allowed}."
    required-missing:
      none: Ningún miembro del grupo de liderazgo ocupa la función de {role.lower}.
      too-few:
        text: La función de {role.lower} requiere {need} y cuenta con {have}.
        need:
          one: "{count} persona"
          many: "{count} de personas"
          other: "{count} personas"
    vacant:
      organization: El puesto de {organization} en el grupo de liderazgo ({roles.lower}) está vacante.
      seat: Hay un puesto vacante en el grupo de liderazgo ({roles.lower}).
    not-multidisciplinary:
      members:
        text: El grupo de liderazgo tiene {members}; el marco pide al menos {needed-members}.
        members:
          one: "{count} miembro"
          many: "{count} de miembros"
          other: "{count} miembros"
      sectors:
        text: El grupo de liderazgo reúne {sectors}; el marco pide al menos {needed-sectors}.
        sectors:
          one: "{count} sector"
          many: "{count} de sectores"
          other: "{count} sectores"
      both:
        text: El grupo de liderazgo tiene {members} de {sectors}; el marco pide al menos {needed-members} de {needed-sectors}.
        members:
          one: "{count} miembro"
          many: "{count} de miembros"
          other: "{count} miembros"
        sectors:
          one: "{count} sector"
          many: "{count} de sectores"
          other: "{count} sectores"
        needed-members:
          one: "{count} miembro"
          many: "{count} de miembros"
          other: "{count} miembros"
        needed-sectors:
          one: "{count} sector"
          many: "{count} de sectores"
          other: "{count} sectores"
    sector-share:
      text: El sector «{sector}» ocupa {seats} de {members} del grupo de liderazgo, más del {share} que permite el marco.
      seats:
        one: "{count}"
        many: "{count}"
        other: "{count}"
      members:
        one: "{count} puesto"
        many: "{count} de puestos"
        other: "{count} puestos"
    meets-rarely:
      unknown: El grupo de liderazgo no indica con qué frecuencia se reúne; el marco le pide reunirse al menos {needed}.
      rarely: El grupo de liderazgo se reúne {meets}; el marco le pide reunirse al menos {needed}.
    community-share:
      text: Los sectores comunitarios ({sectors.lower}) ocupan {seats} de {members} del grupo de liderazgo, menos del {share} que pide el marco.
      seats:
        one: "{count}"
        many: "{count}"
        other: "{count}"
      members:
        one: "{count} puesto"
        many: "{count} de puestos"
        other: "{count} puestos"
  coverage:
    stage-no-actions:
      text: "{stage}: necesita {need} y el plan tiene {have}."
      need:
        one: "{count} acción"
        many: "{count} de acciones"
        other: "{count} acciones"
    stage-missing-sector: "{stage}: todavía faltan socios de {needs.lower}."
    stage-no-resources:
      any:
        text: "{stage}: necesita {need} y el plan tiene {have}."
        need:
          one: "{count} recurso"
          many: "{count} de recursos"
          other: "{count} recursos"
      of-kind:
        text: "{stage}: necesita {need} ({kinds}) y el plan tiene {have}."
        need:
          one: "{count} recurso"
          many: "{count} de recursos"
          other: "{count} recursos"
    audience-unserved: Ninguna acción ni recurso atiende todavía al público «{audience}».
    stage-no-pathway:
      text: "{stage}: necesita {need} y el plan tiene {have}."
      need:
        one: "{count} vía de derivación"
        many: "{count} de vías de derivación"
        other: "{count} vías de derivación"
  pathways:
    no-consent: La vía de derivación {pathway} no indica cómo se recaba el consentimiento de la persona derivada.
    police-threshold: El sector «{sector}» participa en la vía de derivación {pathway}, que no indica en qué casos se informa a la policía.
    no-agreement:
      none:
        text: La vía de derivación {pathway} comparte casos entre {organisations} sin un acuerdo de intercambio de información.
        organisations:
          one: "{count} organización"
          many: "{count} de organizaciones"
          other: "{count} organizaciones"
      unsigned: "El acuerdo {agreement}, en el que se basa la vía de derivación {pathway}, aún no está firmado: su estado es «{status}»."
      no-status: El acuerdo {agreement}, en el que se basa la vía de derivación {pathway}, no consta como firmado.
  agreements:
    expired:
      status: El acuerdo de intercambio de información {agreement}, del que depende una vía de derivación, ha vencido.
      date: El acuerdo de intercambio de información {agreement}, del que depende una vía de derivación, venció el {expired}.
  safeguards:
    missing: El plan trabaja con personas en situación de riesgo, pero no establece salvaguardias de los derechos civiles.
    no-complaints: Las salvaguardias no ofrecen ninguna vía para presentar una queja.
    no-oversight: Las salvaguardias no designan ningún órgano que supervise su cumplimiento.
  actions:
    no-indicator: La acción {action} no tiene ningún indicador que muestre su avance.
    indicator-no-target: El indicador {indicator} de la acción {action} no tiene meta.
    dates: La acción {action} vence el {due}, antes de empezar el {start}.
    outside-period:
      early: La acción {action} empieza el {start}, antes de que comience el periodo del plan, el {begins}.
      late: La acción {action} vence el {due}, después de que termine el periodo del plan, el {ends}.
    overdue:
      text: "La acción {action} lleva {days} de retraso: vencía el {due} y sigue {status}."
      days:
        one: "{count} día"
        many: "{count} de días"
        other: "{count} días"
    done-without-actual: La acción {action} está hecha, pero su indicador {indicator} no recoge la cifra alcanzada.
    unfunded: La acción {action} tiene presupuesto, pero no indica ninguna fuente de financiación.
  funding:
    cliff: La acción {action} vence el {due}, pero su financiación termina el {end}.
  indicators:
    no-owner: No se ha designado a nadie para recoger los datos del indicador {indicator}.
  directory:
    no-contact: "{stakeholder} participa en acciones, pero no tiene ningún contacto en el directorio."
    contact-no-channel: Un contacto de {owner} no tiene ni correo electrónico ni teléfono.
    orphan: Ninguna parte del plan cuenta todavía con {stakeholder}.
    resource-no-access: El directorio no indica ningún sitio web, teléfono ni dirección para {resource}.
  pledge:
    objectives-count:
      text: El compromiso menciona {count} del Pacto Mundial para la Migración ({objectives}); el formulario pide los tres principales.
      count:
        one: "{count} objetivo"
        many: "{count} de objetivos"
        other: "{count} objetivos"
    country-mismatch: El compromiso indica el país {pledged}, pero la ciudad está en {city}.
    description-length:
      missing:
        text: El compromiso no tiene descripción; el formulario pide una de entre {minimum} y {maximum}.
        maximum:
          one: "{count} carácter"
          many: "{count} de caracteres"
          other: "{count} caracteres"
      short:
        text: La descripción del compromiso tiene {characters}; el formulario pide al menos {minimum}.
        characters:
          one: "{count} carácter"
          many: "{count} de caracteres"
          other: "{count} caracteres"
      long:
        text: La descripción del compromiso tiene {characters}; el formulario admite como máximo {maximum}.
        characters:
          one: "{count} carácter"
          many: "{count} de caracteres"
          other: "{count} caracteres"
    deadline-outside-period:
      early: El plazo del compromiso, el {deadline}, es anterior al comienzo del periodo del plan, el {begins}.
      late: El plazo del compromiso, el {deadline}, es posterior al final del periodo del plan, el {ends}.
  waivers:
    no-reason: Una decisión del grupo de aceptar un punto no indica el motivo, por lo que el punto sigue abierto.
    unused: Una decisión del grupo de aceptar un punto no corresponde a ningún punto abierto y puede eliminarse.
    expired: "Una decisión del grupo de aceptar un punto dejó de aplicarse el {until}: el punto vuelve a estar abierto."

finding-words:
  other: Hay un punto del plan que requiere atención.
  quote: "«{text}»"
  and: " y "
  or: " o "
  percent: "{number} %"
  one-of: "alguno de estos sectores ({sectors})"
  more-of:
    text: "{count} ({sectors})"
    count:
      one: "{count} sector más"
      many: "{count} de sectores más"
      other: "{count} sectores más"
  # En lugar del nombre de algo que esta edición del plan no recoge; las
  # frases dicen «la acción {action}», de ahí «sin título».
  unnamed:
    member: una persona del grupo de liderazgo
    stakeholder: una organización
    resource: un recurso sin nombre
    action: sin título
    pillar: sin título
    strategy: sin título
    indicator: sin nombre
    objective: sin título
    threat: sin título
    service-gap: sin título
    consultation: sin título
    pathway: sin título
    agreement: sin título
    funding-source: una fuente de financiación

"""#,
        "locales/fr.yaml": #"""
# French strings for pfplan's outputs. Keys as in en.yaml.

common:
  language: Français
  direction: ltr
  date:
    pattern: "{day} {month} {year}"
    first-day: "1er"
  months: [janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre]
  months-short: [janv., févr., mars, avr., mai, juin, juil., août, sept., oct., nov., déc.]
  number:
    digits: "0123456789"
    group: "\u202F"
    decimal: ","
    min-grouping: "1"
  list-separator: ", "
  none: aucun
  need:
    any-of: "l'un de {sectors}"
    more-of: "{count} de plus parmi {sectors}"
    separator: " / "
  status:
    planned: prévue
    in-progress: en cours
    done: terminée
    blocked: bloquée
    dropped: abandonnée
    unknown: sans statut
  resource-kind:
    program: programme
    service: service
    hotline: ligne d'écoute
    training: formation
    funding: financement
    guidance: guide
    data: données
    unknown: type inconnu
  language-names:
    ar: arabe
    en: anglais
    es: espagnol
    fr: français
    ht: créole haïtien
    ko: coréen
    mam: mam
    nv: navajo
    ps: pachto
    pt: portugais
    ru: russe
    so: somali
    sw: swahili
    tl: tagalog
    uk: ukrainien
    vi: vietnamien
    zh: chinois

gaps:
  title: "Couverture et lacunes : {city}"
  plan-file: Plan
  model: Modèle
  as-of: Date de référence
  matrix: Étapes par secteur
  sector: Secteur
  stage: Étape
  legend:
    present: "{mark} présent (avec le nombre d'acteurs)"
    missing: "{mark} requis mais absent"
    needed-present: "{mark} requis et présent"
    empty: "{mark} absent, non requis"
  covered: couverte
  not-covered: non couverte
  stages: Étapes
  sectors-present: Secteurs présents
  sectors-offered: "Seulement proposé, non compté"
  sectors-missing: Secteurs manquants
  provided-by: "apporté par {who}"
  actions: Actions
  actions-missing: "{count} de plus requises"
  resources: Ressources
  resources-by-kind: Ressources par type
  pathways-missing: "{count} de plus requis"
  pathways: "Parcours d’orientation"
  resources-missing: "{count} de plus requises"
  audiences: Publics servis
  leadership: Pilotage
  leadership-name: Groupe
  leadership-sectors: Sièges par secteur
  leadership-roles: Rôles
  seats: Sièges
  vacant: vacant
  no-leadership: Le plan n'a pas de groupe de pilotage.
  unserved-audiences: Publics qu'aucune action ni ressource ne sert
  all-audiences-served: Tous les publics du modèle sont servis.
  not-computed: "Couverture non calculée : le plan contient des erreurs qui la fausseraient (lancez pfplan lint)."

pictures:
  title-with-city: "{title} : {city}"
  heatmap:
    title: Couverture des étapes du cadre par secteur
    desc: "Une grille de {sectors} secteurs (lignes) par {stages} étapes (colonnes). Chaque case donne le nombre d’acteurs et de membres qui apportent le secteur à l’étape. Les cases marquées d’une croix sont des secteurs dont l’étape a besoin et que personne n’apporte. {left-out} secteurs dont aucune étape n’a besoin et que personne n’apporte sont omis. Besoins non satisfaits : {missing}."
    all-met: tous les besoins en secteurs sont couverts
    legend-providers: acteurs
    providers:
      one: "{count} prestataire"
      many: "{count} de prestataires"
      other: "{count} prestataires"
    legend-missing: requis, aucun présent
    legend-needed: requis et présent
    stage: Étape
  leadership:
    title: Groupe de pilotage
    desc:
      one: "La présidence en haut, puis l’autre siège, avec son rôle et son secteur. Sièges vacants : {vacant}."
      many: "La présidence en haut, puis les {count} d’autres sièges groupés par rôle, chacun avec son secteur. Sièges vacants : {vacant}."
      other: "La présidence en haut, puis les {count} autres sièges groupés par rôle, chacun avec son secteur. Sièges vacants : {vacant}."
    chair: Présidence
    vacant: Siège vacant
    no-chair: Pas de présidence
    members: Membres
  timeline:
    title: Actions sur la période du plan
    part: "{title} ({part} sur {parts})"
    desc: "Une bande par étape du {start} au {end} ; chaque action est une barre de son début à son échéance. La ligne verticale marque le {asOf}. Les actions en retard ({overdue}) portent un point d'exclamation."
    as-of: "Au {date}"
    overdue: en retard
    no-dates: sans dates
    no-actions: aucune action
    legend-overdue: en retard
    legend-status: statut

document:
  title-fallback: "Plan de prévention : {city}"
  skip: Aller au contenu
  contents: Sommaire
  sections:
    glance: En un coup d’œil
    need: Exposé des besoins et vision
    objectives: Objectifs
    assessment: Évaluation des besoins et des vulnérabilités
    governance: Gouvernance
    activities: Activités de prévention
    pathways: Parcours d’orientation et échange d’informations
    monitoring: Suivi et évaluation
    budget: Budget et financement
    open-points: Points en suspens
    stakeholders: "Annexe A : répertoire des acteurs"
    resources: "Annexe B : répertoire des ressources"
    made: "Annexe C : comment ce document a été établi"
  edition:
    public: "Édition publique : les contacts marqués internes ou restreints sont omis."
    internal: "Édition interne : pour les partenaires du cadre ; les contacts restreints sont omis."
    restricted: "Édition restreinte : contient tous les contacts ; ne pas la diffuser en dehors du groupe de pilotage."
  audience-names:
    public: publique
    internal: interne
    restricted: restreinte
  draft:
    heading: Projet
    not-adopted: Ce plan n’a pas encore été adopté.
    placeholders: "Ce plan contient encore des espaces réservés marqués TODO : ce qui porte ce nom n’est ni listé ni compté ici, et les textes qui en contiennent restent à écrire."
  banner:
    heading: Ce plan contient des erreurs
    text:
      one: "Il a été produit avec --force malgré {count} erreur qui peut rendre ce document inexact. Corrigez-la (pfplan lint) avant de le publier."
      many: "Il a été produit avec --force malgré {count} d’erreurs qui peuvent rendre ce document inexact. Corrigez-les (pfplan lint) avant de le publier."
      other: "Il a été produit avec --force malgré {count} erreurs qui peuvent rendre ce document inexact. Corrigez-les (pfplan lint) avant de le publier."
  downloads:
    heading: Fichiers de ce plan
    page: Le plan en page web
    markdown: Le plan en Markdown
    csv: Répertoire (tableur CSV)
    vcard: Répertoire (contacts vCard)
    calendar: Actions (calendrier)
    coverage: Image de la couverture (SVG)
    leadership: Organigramme du pilotage (SVG)
    timeline: Calendrier des actions (SVG)
  empty:
    need: Aucun exposé des besoins ni aucune vision ne sont encore consignés.
    objectives: Aucun objectif mesurable n’est encore consigné.
    assessment: Aucune évaluation des besoins et des vulnérabilités n’est encore consignée.
    threats: Aucune menace n’est encore consignée.
    groups: Aucun groupe à risque n’est encore consigné.
    gaps: Aucune lacune des services n’est encore consignée.
    assets: Aucune ressource de la communauté n’est encore consignée.
    consultation: Aucune consultation n’est encore consignée.
    governance: Aucun groupe de pilotage n’est encore consigné.
    members: Aucun membre du groupe de pilotage n’est encore consigné.
    learning: Aucune séance de formation n’est encore consignée.
    stage-actions: Aucune action à cette étape pour l’instant.
    pathways: Aucun parcours d’orientation n’est encore consigné.
    agreements: Aucun accord d’échange d’informations n’est encore consigné.
    safeguards: Aucune garantie n’est encore consignée.
    indicators: Aucun indicateur n’est encore consigné.
    budget: Aucun budget ni financement n’est encore consigné.
    funding: Aucune source de financement n’est encore consignée.
    stakeholders: Aucun acteur n’est encore consigné.
    resources: Aucune ressource n’est encore consignée.
  glance:
    adopted: Adopté
    draft: Projet, pas encore adopté
    review: Prochain réexamen
    no-review: non prévu
    stages: Étapes couvertes
    stages-covered: "{covered} sur {total}"
    actions: Actions
    done:
      one: "{count} réalisée"
      many: "{count} d’actions réalisées"
      other: "{count} réalisées"
    in-progress:
      one: "{count} en cours"
      many: "{count} d’actions en cours"
      other: "{count} en cours"
    overdue:
      one: "{count} en retard"
      many: "{count} d’actions en retard"
      other: "{count} en retard"
    no-actions: aucune action pour l’instant
    vacant: Sièges vacants
    vacant-seats:
      one: "{count} siège vacant"
      many: "{count} de sièges vacants"
      other: "{count} sièges vacants"
    budget: Budget total
    funded: Financé
    funded-share: "{amount} ({percent} %)"
    objectives: Objectifs et leurs résultats
    no-outcome: pas encore d’indicateur de résultat
    progress: "{name} : {actual}{unit}, cible {target}{unit}"
    no-figure: "{name} : cible {target}{unit}, pas encore de chiffre"
    next: Prochaines actions à échéance
    due: "échéance : {date}"
    nothing-due: Aucune action ouverte n’a d’échéance à venir.
  period: Période
  period-range: "du {start} au {end}"
  languages: Langues
  need: Exposé des besoins
  vision: Vision
  pillars: Piliers et stratégies
  objective:
    answers: Répond à
    indicators: Indicateurs de résultat
    served-by: Actions qui y contribuent
    no-actions: Aucune action ne contribue encore à cet objectif.
  assessment:
    threats: Menaces et leurs facteurs
    targets: Qui est visé
    answered-by: Traitée par
    unanswered: Rien dans ce plan n’y répond encore.
    served-by: "soutenu par {actions}"
    group-unserved: Aucune action ne soutient encore ce groupe.
    assets: Ressources de la communauté
    consultation: Registre des consultations
  consultation:
    title: Consultation
    date: Date
    with: Avec
    participants: Participants
  trend: Tendance
  trends:
    rising: en hausse
    stable: stable
    falling: en baisse
    unknown: inconnue
  source: Source
  description: Description
  groups-at-risk: Groupes à risque
  service-gaps: Lacunes des services
  group: Groupe
  meets: Se réunit
  meets-every:
    weekly: chaque semaine
    fortnightly: toutes les deux semaines
    monthly: chaque mois
    bimonthly: tous les deux mois
    quarterly: tous les trois mois
    twice-yearly: deux fois par an
    yearly: une fois par an
  reports-to: Rend compte à
  charter: Mandat
  governance:
    chart: Sièges par fonction
    seats-by-sector: Sièges par secteur
    learning: Programme de formation
    session: Séance
  learning-status:
    planned: prévue
    done: tenue
  seats: Sièges
  no-sector: Secteur non indiqué
  members: Membres
  name: Nom
  organization: Organisation
  sector: Secteur
  roles: Fonctions
  role: Fonction
  holders: Occupée par
  role-needs: Le modèle demande
  role-exactly: "exactement {count}"
  role-between: "de {min} à {max}"
  role-at-least: "au moins {count}"
  role-at-most: "au plus {count}"
  role-unmet: (non satisfait)
  vacant: Siège vacant
  contact: Contact
  none: aucun
  stage: Étape
  stages: Étapes
  offers: Propose son aide à
  other-stage: Actions hors des étapes du modèle
  status: Statut
  overdue: en retard
  lead: Responsable
  partners: Partenaires
  dates: Dates
  date-span:
    range: "du {start} au {due}"
    from: "à partir du {start}"
    by: "d’ici le {due}"
  strategy: Stratégie
  audiences: Publics
  resources-used: Ressources utilisées
  budget: Budget
  funding: Financement
  objectives: Objectifs servis
  answers: Répond à
  indicators: Indicateurs
  indicator-target: "{name} (cible {target})"
  indicator: Indicateur
  indicator-of: De
  kind: Type
  indicator-kinds:
    output: réalisation
    outcome: résultat
  baseline: Valeur de départ
  target: Cible
  actual: Dernier chiffre
  collected-by: Recueilli par
  no-owner: personne n’est désigné
  frequency: Fréquence
  frequencies:
    monthly: mensuelle
    quarterly: trimestrielle
    twice-yearly: deux fois par an
    yearly: annuelle
    once: une fois
  no-value: "–"
  pathway:
    heading: Parcours d’orientation
    referrers: Qui peut orienter
    intake: La porte d’entrée (point de contact unique)
    team: L’équipe
    agreement: Accord d’échange d’informations
    follow-up: Suivi
    follow-up-months: "réexamens du dossier {months} mois après la clôture"
    consent: Consentement
    no-consent: La manière de recueillir le consentement n’est pas encore consignée.
    police: Quand la police intervient
    exit: Clôture d’un dossier
  agreement:
    heading: Accords d’échange d’informations
    kind: Type
    parties: Parties
    basis: Base juridique
    signed: Signé
    expires: Expire
    retention: Ce qui est conservé, et combien de temps
  agreement-kinds:
    information-sharing: échange d’informations
    mou: protocole d’accord
    data-processing: traitement de données
    mutual-aid: entraide
  agreement-bases:
    consent: consentement de la personne
    ferpa: FERPA (dossiers scolaires)
    hipaa: HIPAA (informations de santé)
    42-cfr-2: 42 CFR partie 2 (dossiers de consommation de substances)
    cjis: CJIS (informations de justice pénale)
    28-cfr-23: 28 CFR partie 23 (renseignement criminel)
    state-law: loi de l’État
    other: autre
  agreement-statuses:
    draft: projet
    negotiating: en négociation
    signed: signé
    expired: expiré
  safeguards:
    heading: Garanties des droits civiques
    oversight: Organe de contrôle
    complaints: Plaintes
    no-complaints: Aucune voie de plainte n’est encore consignée.
  monitoring:
    of-objectives: Indicateurs de résultat des objectifs
    of-actions: "Indicateurs des actions : {stage}"
  funds:
    funded: Financé
    unfunded: Pas encore financé
    funded-means: "Financé : l’action indique une source d’argent qui dépasse la simple demande (accordée, engagée ou terminée)."
    by-stage: Budget par étape
    by-source: Sources de financement
    source: Source
    kind: Type
    amount: Montant
    pays-for: Finance
    actions:
      one: "{count} action"
      many: "{count} d’actions"
      other: "{count} actions"
    cliffs: Là où le financement s’arrête avant le travail
    cliff: "{action} : échéance le {due}, mais son financement s’arrête le {end}."
    no-cliffs: Aucune action ne se poursuit au-delà de la fin de son financement.
  funding-kinds:
    federal: fédéral
    state: de l’État
    county: du comté
    city: municipal
    philanthropic: philanthropique
    private: privé
    in-kind: en nature
  funding-statuses:
    applied: demandé
    awarded: accordé
    committed: engagé
    ended: terminé
  coverage-table: Couverture de chaque étape
  covered-column: Couverte
  covered: couverte
  not-covered: lacune
  accepted-gap: lacune acceptée
  missing-sectors: Secteurs manquants
  actions-column: Actions (présentes / requises)
  resources-column: Ressources (présentes / requises)
  pathways-column: Parcours (présents / requis)
  have-need: "{have} / {need}"
  unserved: Publics qu’aucune action ni ressource ne sert
  open-findings: Ce qui reste en suspens
  no-open: Rien n’est en suspens.
  waived-findings: Accepté par le groupe de pilotage
  waived-intro: Le groupe de pilotage a examiné ces points et les a acceptés, pour la raison indiquée.
  reason: Raison
  severity:
    error: à corriger
    warning: à traiter
    info: remarque
  hidden-finding: Un constat portant sur un contact que cette édition omet.
  resource-kinds:
    program: Programmes
    service: Services
    hotline: Lignes d’écoute
    training: Formations
    funding: Financements
    guidance: Guides
    data: Données
    unknown: Autres ressources
  provider: Prestataire
  cost: Coût
  costs:
    free: gratuit
    low-cost: à faible coût
    fee: payant
  website: Site web
  phone: Téléphone
  email: Courriel
  address: Adresse
  hours: Horaires
  pictures:
    coverage: "Carte de chaleur de la couverture : les secteurs qui assurent chaque étape du cadre. Le tableau ci-dessous donne les mêmes chiffres."
    leadership: "Organigramme du pilotage : la présidence, puis les sièges par fonction et par secteur. Les tableaux ci-dessous donnent les mêmes détails."
    timeline: "Calendrier : chaque action de son début à son échéance, par étape. Les actions ci-dessus donnent les mêmes dates."
    scroll-cue: "Faites défiler latéralement pour voir tout le calendrier →"
    scrolling: Calendrier, défile latéralement
  made:
    plan: "Fichier du plan : {file}"
    model: "Modèle de cadre : {model} ({id})"
    as-of: "Dates et avancement au {date}"
    audience: "Édition : {audience}"
    tool: "Établi avec pfplan {version} à partir du seul plan : modifiez le plan et relancez la production, ne modifiez pas ce fichier."

index:
  title: Plans de prévention
  intro:
    one: "{count} ville : dans quelle mesure son plan couvre les étapes de son cadre, et ce qu’il lui reste à faire."
    many: "{count} de villes côte à côte : dans quelle mesure chaque plan couvre les étapes de son cadre, et ce qu’il reste à faire."
    other: "{count} villes côte à côte : dans quelle mesure chaque plan couvre les étapes de son cadre, et ce qu’il reste à faire."
  skip: Aller au contenu
  cities: Villes
  city: Ville
  stages: Étapes couvertes
  stages-covered: "{covered} sur {total}"
  objectives: Objectifs
  objectives-count:
    one: "{count} objectif"
    many: "{count} d’objectifs"
    other: "{count} objectifs"
  overdue: En retard
  overdue-count:
    one: "{count} action en retard"
    many: "{count} d’actions en retard"
    other: "{count} actions en retard"
  vacant: Sièges vacants
  vacant-count:
    one: "{count} siège vacant"
    many: "{count} de sièges vacants"
    other: "{count} sièges vacants"
  draft: Projet
  forced: Produit malgré les erreurs
  refused: "non produit : le plan contient des erreurs"
  matrix: "Étapes couvertes : {model}"
  covered: couverte
  gap: lacune
  accepted: lacune acceptée
  made:
    as-of: "Dates et avancement au {date}"
    tool: "Établi avec pfplan {version}."

calendar:
  starts: "Début : {title}"

# Ce que dit le document du plan pour chaque constat : une phrase par règle
# (ou par variante), sur la ville et jamais sur le fichier. Voir le
# commentaire de en.yaml : mêmes clés, mêmes marqueurs.
findings:
  yaml: "Une partie du plan n’a pas pu être lue : ce document peut omettre ou fausser ce qui suit."
  schema: "Une valeur du plan n’a pas pu être lue : le document peut être inexact à cet endroit."
  include: "Un fichier inclus dans le plan n’a pas pu être lu : il peut manquer à ce document ce que ce fichier contient."
  refs: "Le plan renvoie à un élément qu’il ne définit pas, ou qu’il définit deux fois : le document peut être inexact à cet endroit."
  framework:
    period-order: La période du plan se termine le {end}, avant même de commencer le {start}.
    not-adopted: "Le plan n’a pas encore été adopté : ce n’est encore qu’un projet."
    review-overdue: La révision du plan était prévue le {review}, et aucune révision ultérieure n’est programmée.
  draft:
    placeholder:
      text: Le plan contient encore {places} à compléter.
      places:
        one: "{count} passage provisoire (marqué TODO)"
        many: "{count} de passages provisoires (marqués TODO)"
        other: "{count} passages provisoires (marqués TODO)"
  objectives:
    missing: Le plan ne fixe pas encore d’objectifs mesurables.
    no-outcome: L’objectif {objective} n’a pas encore d’indicateur de résultat assorti d’une cible.
    no-actions: Aucune action ne contribue encore à l’objectif {objective}.
  assessment:
    threat-unaddressed: Aucun objectif ni aucune action ne répond encore à la menace {threat}.
    gap-unaddressed: Aucun objectif ni aucune action ne remédie encore au manque de services {gap}.
    group-unserved: Aucune action ne s’adresse encore au groupe « {group} », que l’évaluation désigne comme exposé au risque.
    no-consultation: L’évaluation ne fait état d’aucune consultation d’organisations communautaires ni d’un groupe exposé au risque.
  roles:
    chair-missing: Aucun membre du groupe de pilotage n’assure la fonction « {role} ».
    chair-multiple: "{member} occupe aussi la fonction « {role} », qui revient à une seule personne au sein du groupe de pilotage."
    chair-sector: "{member}, qui assure la fonction « {role} », relève du secteur « {sector} » ; selon le cadre, cette fonction revient à : {allowed}."
    required-missing:
      none: Aucun membre du groupe de pilotage n’assure la fonction « {role} ».
      too-few:
        text: La fonction « {role} » requiert {need} et en compte {have}.
        need:
          one: "{count} personne"
          many: "{count} de personnes"
          other: "{count} personnes"
    vacant:
      organization: Le siège de {organization} au groupe de pilotage ({roles.lower}) est vacant.
      seat: Un siège du groupe de pilotage ({roles.lower}) est vacant.
    not-multidisciplinary:
      members:
        text: Le groupe de pilotage compte {members} ; le cadre en demande au moins {needed-members}.
        members:
          one: "{count} membre"
          many: "{count} de membres"
          other: "{count} membres"
      sectors:
        text: Le groupe de pilotage réunit {sectors} ; le cadre en demande au moins {needed-sectors}.
        sectors:
          one: "{count} secteur"
          many: "{count} de secteurs"
          other: "{count} secteurs"
      both:
        text: Le groupe de pilotage compte {members} représentant {sectors} ; le cadre demande au moins {needed-members} représentant {needed-sectors}.
        members:
          one: "{count} membre"
          many: "{count} de membres"
          other: "{count} membres"
        sectors:
          one: "{count} secteur"
          many: "{count} de secteurs"
          other: "{count} secteurs"
        needed-members:
          one: "{count} membre"
          many: "{count} de membres"
          other: "{count} membres"
        needed-sectors:
          one: "{count} secteur"
          many: "{count} de secteurs"
          other: "{count} secteurs"
    sector-share:
      text: Le secteur « {sector} » occupe {seats} sur {members} au sein du groupe de pilotage, soit plus que les {share} autorisés par le cadre.
      seats:
        one: "{count} siège"
        many: "{count} de sièges"
        other: "{count} sièges"
      members:
        one: "{count}"
        many: "{count}"
        other: "{count}"
    meets-rarely:
      unknown: Le groupe de pilotage n’indique pas à quelle fréquence il se réunit ; le cadre lui demande de se réunir au moins {needed}.
      rarely: Le groupe de pilotage se réunit {meets} ; le cadre lui demande de se réunir au moins {needed}.
    community-share:
      text: Les secteurs communautaires ({sectors.lower}) occupent {seats} sur {members} au sein du groupe de pilotage, soit moins que les {share} demandés par le cadre.
      seats:
        one: "{count} siège"
        many: "{count} de sièges"
        other: "{count} sièges"
      members:
        one: "{count}"
        many: "{count}"
        other: "{count}"
  coverage:
    stage-no-actions:
      text: "{stage} : il faut {need}, le plan en compte {have}."
      need:
        one: "{count} action"
        many: "{count} d’actions"
        other: "{count} actions"
    stage-missing-sector: "{stage} : il manque encore des partenaires ({needs})."
    stage-no-resources:
      any:
        text: "{stage} : il faut {need}, le plan en compte {have}."
        need:
          one: "{count} ressource"
          many: "{count} de ressources"
          other: "{count} ressources"
      of-kind:
        text: "{stage} : il faut {need} ({kinds}), le plan en compte {have}."
        need:
          one: "{count} ressource"
          many: "{count} de ressources"
          other: "{count} ressources"
    audience-unserved: Aucune action ni ressource ne s’adresse encore au public « {audience} ».
    stage-no-pathway:
      text: "{stage} : il faut {need}, le plan en compte {have}."
      need:
        one: "{count} parcours d’orientation"
        many: "{count} de parcours d’orientation"
        other: "{count} parcours d’orientation"
  pathways:
    no-consent: Le parcours d’orientation {pathway} ne précise pas comment le consentement de la personne orientée est recueilli.
    police-threshold: Le secteur « {sector} » participe au parcours d’orientation {pathway}, qui ne précise pas dans quels cas la police est informée.
    no-agreement:
      none:
        text: Le parcours d’orientation {pathway} fait circuler des situations entre {organisations} sans accord d’échange d’informations.
        organisations:
          one: "{count} organisation"
          many: "{count} d’organisations"
          other: "{count} organisations"
      unsigned: "L’accord {agreement}, sur lequel repose le parcours d’orientation {pathway}, n’est pas encore signé : son statut est « {status} »."
      no-status: L’accord {agreement}, sur lequel repose le parcours d’orientation {pathway}, n’est pas indiqué comme signé.
  agreements:
    expired:
      status: L’accord d’échange d’informations {agreement}, dont dépend un parcours d’orientation, a expiré.
      date: L’accord d’échange d’informations {agreement}, dont dépend un parcours d’orientation, a expiré le {expired}.
  safeguards:
    missing: Le plan concerne des personnes exposées au risque, mais n’énonce aucune garantie des droits civiques.
    no-complaints: Les garanties ne prévoient aucun moyen de déposer une plainte.
    no-oversight: Les garanties ne désignent aucun organe chargé de veiller à leur respect.
  actions:
    no-indicator: L’action {action} n’a aucun indicateur permettant de suivre son avancement.
    indicator-no-target: L’indicateur {indicator} de l’action {action} n’a pas de cible.
    dates: L’action {action} arrive à échéance le {due}, avant même de commencer le {start}.
    outside-period:
      early: L’action {action} commence le {start}, avant le début de la période du plan, le {begins}.
      late: L’action {action} arrive à échéance le {due}, après la fin de la période du plan, le {ends}.
    overdue:
      text: "L’action {action} a {days} de retard : elle devait aboutir le {due} et elle est toujours {status}."
      days:
        one: "{count} jour"
        many: "{count} de jours"
        other: "{count} jours"
    done-without-actual: L’action {action} est terminée, mais son indicateur {indicator} ne donne pas le résultat atteint.
    unfunded: L’action {action} a un budget, mais n’indique aucune source de financement.
  funding:
    cliff: L’action {action} arrive à échéance le {due}, mais son financement s’arrête le {end}.
  indicators:
    no-owner: Personne n’est chargé de recueillir les données de l’indicateur {indicator}.
  directory:
    no-contact: "{stakeholder} participe à des actions, mais n’a aucun contact dans l’annuaire."
    contact-no-channel: Un contact de {owner} n’a ni adresse électronique ni numéro de téléphone.
    orphan: Rien dans le plan ne fait encore intervenir {stakeholder}.
    resource-no-access: L’annuaire ne donne ni site web, ni numéro de téléphone, ni adresse pour {resource}.
  pledge:
    objectives-count:
      text: L’engagement cite {count} du Pacte mondial sur les migrations ({objectives}) ; le formulaire demande les trois principaux.
      count:
        one: "{count} objectif"
        many: "{count} d’objectifs"
        other: "{count} objectifs"
    country-mismatch: L’engagement indique le pays {pledged}, alors que le pays de la ville est {city}.
    description-length:
      missing:
        text: L’engagement n’a pas de description ; le formulaire en demande une de {minimum} à {maximum}.
        maximum:
          one: "{count} caractère"
          many: "{count} de caractères"
          other: "{count} caractères"
      short:
        text: La description de l’engagement compte {characters} ; le formulaire en demande au moins {minimum}.
        characters:
          one: "{count} caractère"
          many: "{count} de caractères"
          other: "{count} caractères"
      long:
        text: La description de l’engagement compte {characters} ; le formulaire en accepte au plus {maximum}.
        characters:
          one: "{count} caractère"
          many: "{count} de caractères"
          other: "{count} caractères"
    deadline-outside-period:
      early: L’échéance de l’engagement, le {deadline}, précède le début de la période du plan, le {begins}.
      late: L’échéance de l’engagement, le {deadline}, est postérieure à la fin de la période du plan, le {ends}.
  waivers:
    no-reason: "Une décision du groupe d’accepter un point n’en donne pas la raison : le point reste donc ouvert."
    unused: Une décision du groupe d’accepter un point ne correspond à aucun point ouvert et peut être supprimée.
    expired: "Une décision du groupe d’accepter un point a pris fin le {until} : le point est de nouveau ouvert."

finding-words:
  other: Un point du plan reste à traiter.
  quote: "« {text} »"
  and: " et "
  or: " ou "
  percent: "{number} %"
  one-of: "l’un des secteurs {sectors}"
  more-of:
    text: "{count} parmi {sectors}"
    count:
      one: "{count} secteur de plus"
      many: "{count} de secteurs de plus"
      other: "{count} secteurs de plus"
  # À la place du nom d’un élément que cette édition du plan omet ; les
  # phrases disent « l’action {action} », d’où « sans titre ».
  unnamed:
    member: une personne du groupe de pilotage
    stakeholder: une organisation
    resource: une ressource sans nom
    action: sans titre
    pillar: sans titre
    strategy: sans titre
    indicator: sans nom
    objective: sans titre
    threat: sans titre
    service-gap: sans titre
    consultation: sans titre
    pathway: sans titre
    agreement: sans titre
    funding-source: une source de financement

"""#,
        "render/html/activities.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<section class="major" id="activities" aria-labelledby="activities-heading">
<h2 id="activities-heading">{{L.sections.activities}}</h2>
{{#.stages}}
<section class="stage" id="{{.id}}" aria-labelledby="{{.id}}-heading">
<h3 id="{{.id}}-heading"><bdi>{{.title}}</bdi></h3>
{{#.summary}}
<p class="muted"><bdi>{{.}}</bdi></p>
{{/.summary}}
{{#.noActions}}
<p><span class="mark-gap">✗ {{.}}</span></p>
{{/.noActions}}
{{#.actions}}
<article class="action" id="{{.id}}" aria-labelledby="{{.id}}-heading">
<h4 id="{{.id}}-heading"><bdi>{{.title}}</bdi> <span class="status {{.statusClass}}">{{.status}}</span></h4>
{{{.factsMarkup}}}
{{{.descriptionMarkup}}}
</article>
{{/.actions}}
</section>
{{/.stages}}
</section>

"""#,
        "render/html/assessment.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<section class="major" id="assessment" aria-labelledby="assessment-heading">
<h2 id="assessment-heading">{{L.sections.assessment}}</h2>
{{#.empty}}
<p class="empty">{{.}}</p>
{{/.empty}}
{{{.summaryMarkup}}}
{{^.empty}}
<h3>{{L.assessment.threats}}</h3>
{{/.empty}}
{{#.noThreats}}
<p class="empty">{{.}}</p>
{{/.noThreats}}
{{#.threats}}
<article class="card">
<h4><bdi>{{.title}}</bdi></h4>
{{{.factsMarkup}}}
{{{.descriptionMarkup}}}
</article>
{{/.threats}}
{{^.empty}}
<h3>{{L.groups-at-risk}}</h3>
{{/.empty}}
{{#.noGroups}}
<p class="empty">{{.}}</p>
{{/.noGroups}}
<ul>
{{#.groups}}
<li><bdi>{{.title}}</bdi>{{#.servedBy}}: <bdi>{{.}}</bdi>{{/.servedBy}}{{#.unserved}} <span class="mark-gap">✗ {{.}}</span>{{/.unserved}}</li>
{{/.groups}}
</ul>
{{^.empty}}
<h3>{{L.service-gaps}}</h3>
{{/.empty}}
{{#.noGaps}}
<p class="empty">{{.}}</p>
{{/.noGaps}}
{{#.gaps}}
<article class="card">
<h4><bdi>{{.title}}</bdi></h4>
{{{.factsMarkup}}}
{{{.descriptionMarkup}}}
</article>
{{/.gaps}}
{{^.empty}}
<h3>{{L.assessment.assets}}</h3>
{{/.empty}}
{{#.noAssets}}
<p class="empty">{{.}}</p>
{{/.noAssets}}
<ul>
{{#.assets}}
<li><bdi>{{.title}}</bdi>{{#.who}} <span class="muted">(<bdi>{{.}}</bdi>)</span>{{/.who}}{{{.descriptionMarkup}}}</li>
{{/.assets}}
</ul>
{{^.empty}}
<h3>{{L.assessment.consultation}}</h3>
{{/.empty}}
{{#.noConsultation}}
<p class="empty">{{.}}</p>
{{/.noConsultation}}
{{#.consultation}}
{{>table}}
{{/.consultation}}
</section>

"""#,
        "render/html/banners.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
{{#draft}}
<div class="draft-banner" role="note" aria-labelledby="draft-heading">
<p class="draft-word" id="draft-heading">{{.heading}}</p>
{{#.reasons}}
<p>{{.}}</p>
{{/.reasons}}
</div>
{{/draft}}
{{#banner}}
<section class="banner" role="alert" aria-labelledby="banner-heading">
<h2 id="banner-heading">{{.heading}}</h2>
<p>{{.text}}</p>
<ul class="findings">
{{#.findings}}
{{>finding}}
{{/.findings}}
</ul>
</section>
{{/banner}}

"""#,
        "render/html/budget.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<section class="major" id="budget" aria-labelledby="budget-heading">
<h2 id="budget-heading">{{L.sections.budget}}</h2>
{{#.empty}}
<p class="empty">{{.}}</p>
{{/.empty}}
{{{.factsMarkup}}}
{{#.note}}
<p class="muted">{{.}}</p>
{{/.note}}
{{#.byStage}}
{{>table}}
{{/.byStage}}
{{#.noSources}}
<p class="empty">{{.}}</p>
{{/.noSources}}
{{#.bySource}}
{{>table}}
{{/.bySource}}
{{^.empty}}
<h3>{{L.funds.cliffs}}</h3>
{{/.empty}}
{{#.noCliffs}}
<p>{{.}}</p>
{{/.noCliffs}}
<ul>
{{#.cliffs}}
<li><span class="mark-gap">✗</span> <bdi>{{.}}</bdi></li>
{{/.cliffs}}
</ul>
</section>

"""#,
        "render/html/document.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<!DOCTYPE html>
<html lang="{{lang}}" dir="{{dir}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="pfplan {{version}}">
<title>{{title}}</title>
<style>
{{>style}}
</style>
</head>
<body>
<a class="skip-link" href="#main">{{L.skip}}</a>
<div class="page">
<header class="doc">
{{>banners}}
<p class="place"><bdi>{{place}}</bdi></p>
<h1><bdi>{{title}}</bdi></h1>
<p class="edition">{{edition}}</p>
{{#hasNotice}}
<div class="notice" role="note">{{{noticeMarkup}}}</div>
{{/hasNotice}}
</header>
{{>downloads}}
<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">{{L.contents}}</h2>
<ol>
{{#toc}}
<li><a href="#{{.id}}">{{.label}}</a></li>
{{/toc}}
</ol>
</nav>
<main id="main">
{{#glance}}
{{>glance}}
{{/glance}}
{{#need}}
{{>need}}
{{/need}}
{{#objectives}}
{{>objectives}}
{{/objectives}}
{{#assessment}}
{{>assessment}}
{{/assessment}}
{{#governance}}
{{>governance}}
{{/governance}}
{{#activities}}
{{>activities}}
{{/activities}}
{{#pathways}}
{{>pathways}}
{{/pathways}}
{{#monitoring}}
{{>monitoring}}
{{/monitoring}}
{{#budget}}
{{>budget}}
{{/budget}}
{{#open-points}}
{{>open-points}}
{{/open-points}}
{{#stakeholders}}
{{>stakeholders}}
{{/stakeholders}}
{{#resources}}
{{>resources}}
{{/resources}}
{{#made}}
{{>made}}
{{/made}}
</main>
</div>
</body>
</html>

"""#,
        "render/html/downloads.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<nav class="downloads" aria-labelledby="downloads-heading">
<h2 id="downloads-heading">{{L.downloads.heading}}</h2>
<ul>
{{#downloads}}
<li><a href="{{.href}}" download>{{.text}}</a> <code class="file" dir="ltr">{{.file}}</code></li>
{{/downloads}}
</ul>
</nav>

"""#,
        "render/html/figure.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<figure class="picture{{#.scrolls}} scrolls{{/.scrolls}}">
{{#.scrolls}}
<p class="scroll-cue" aria-hidden="true">{{.scrollCue}}</p>
{{/.scrolls}}
<div class="picture-frame"{{#.scrolls}} tabindex="0" role="region" aria-label="{{L.pictures.scrolling}}"{{/.scrolls}}>
{{{.svgMarkup}}}
</div>
<figcaption>{{.svgAlt}}</figcaption>
</figure>

"""#,
        "render/html/finding.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<li><span class="sev-{{.severity}}">{{.severityLabel}}</span> <bdi>{{.sentence}}</bdi>{{#.reference}} <span class="ref" dir="ltr">({{.}})</span>{{/.reference}}{{#.reason}}<br><strong>{{L.reason}}:</strong> <bdi>{{.}}</bdi>{{/.reason}}</li>

"""#,
        "render/html/glance.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<section class="major glance" id="glance" aria-labelledby="glance-heading">
<h2 id="glance-heading">{{L.sections.glance}}</h2>
<div class="glance-card">
{{{.factsMarkup}}}
<div class="glance-lists">
<div>
<h3>{{L.glance.objectives}}</h3>
{{#.noObjectives}}
<p class="empty">{{.}}</p>
{{/.noObjectives}}
<ul class="plain">
{{#.objectives}}
<li><a href="{{.href}}"><bdi>{{.title}}</bdi></a>
<ul>
{{#.progress}}
<li><bdi>{{.}}</bdi></li>
{{/.progress}}
</ul>
</li>
{{/.objectives}}
</ul>
</div>
<div>
<h3>{{L.glance.next}}</h3>
{{#.noNext}}
<p class="empty">{{.}}</p>
{{/.noNext}}
<ol class="plain">
{{#.next}}
<li><a href="{{.href}}"><bdi>{{.title}}</bdi></a>{{#.due}}<br><span class="muted">{{.}}</span>{{/.due}}{{#.lead}}<br><span class="muted"><bdi>{{.}}</bdi></span>{{/.lead}}</li>
{{/.next}}
</ol>
</div>
</div>
</div>
</section>

"""#,
        "render/html/governance.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<section class="major" id="governance" aria-labelledby="governance-heading">
<h2 id="governance-heading">{{L.sections.governance}}</h2>
{{#.empty}}
<p class="empty">{{.}}</p>
{{/.empty}}
{{#.hasChart}}
<h3>{{L.governance.chart}}</h3>
{{>figure}}
{{/.hasChart}}
{{{.factsMarkup}}}
{{#.charterMarkup}}
<h3>{{L.charter}}</h3>
{{{.}}}
{{/.charterMarkup}}
{{#.sectors}}
{{>table}}
{{/.sectors}}
{{#.noMembers}}
<p class="empty">{{.}}</p>
{{/.noMembers}}
{{#.members}}
{{>table}}
{{/.members}}
{{#.roles}}
{{>table}}
{{/.roles}}
{{#.hasChart}}
<h3>{{L.governance.learning}}</h3>
{{/.hasChart}}
{{#.noLearning}}
<p class="empty">{{.}}</p>
{{/.noLearning}}
{{#.learning}}
{{>table}}
{{/.learning}}
</section>

"""#,
        "render/html/index.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<!DOCTYPE html>
<html lang="{{lang}}" dir="{{dir}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="pfplan {{version}}">
<title>{{title}}</title>
<style>
{{>style}}
</style>
</head>
<body>
<a class="skip-link" href="#main">{{L.skip}}</a>
<div class="page">
<header class="doc">
<h1><bdi>{{title}}</bdi></h1>
<p>{{intro}}</p>
</header>
<main id="main">
<section id="cities" aria-labelledby="cities-heading">
<h2 id="cities-heading">{{L.cities}}</h2>
{{#cities}}
<div class="table-wrap as-cards">
<table>
<thead><tr>{{#.columns}}<th scope="col">{{.label}}</th>{{/.columns}}</tr></thead>
<tbody>
{{#.rows}}
<tr><th scope="row">{{{.headerMarkup}}}</th>{{{.cellsMarkup}}}</tr>
{{/.rows}}
</tbody>
</table>
</div>
{{/cities}}
</section>
{{#models}}
<section aria-label="{{.caption}}">
<h2>{{.caption}}</h2>
<div class="table-wrap{{#.isCards}} as-cards{{/.isCards}}">
<table>
<thead><tr>{{#.columns}}<th scope="col"><bdi>{{.label}}</bdi></th>{{/.columns}}</tr></thead>
<tbody>
{{#.rows}}
<tr><th scope="row">{{{.headerMarkup}}}</th>{{{.cellsMarkup}}}</tr>
{{/.rows}}
</tbody>
</table>
</div>
</section>
{{/models}}
</main>
{{#made}}
<footer class="made">
<ul>
{{#.lines}}
<li>{{.}}</li>
{{/.lines}}
</ul>
</footer>
{{/made}}
</div>
</body>
</html>

"""#,
        "render/html/made.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<section class="major annex made" id="made" aria-labelledby="made-heading">
<h2 id="made-heading">{{L.sections.made}}</h2>
<ul>
{{#.lines}}
<li>{{{.lineMarkup}}}</li>
{{/.lines}}
</ul>
</section>

"""#,
        "render/html/monitoring.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<section class="major" id="monitoring" aria-labelledby="monitoring-heading">
<h2 id="monitoring-heading">{{L.sections.monitoring}}</h2>
{{>figure}}
{{#.noIndicators}}
<p class="empty">{{.}}</p>
{{/.noIndicators}}
{{#.tables}}
<h3>{{.heading}}</h3>
{{>table}}
{{/.tables}}
</section>

"""#,
        "render/html/need.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<section class="major" id="need" aria-labelledby="need-heading">
<h2 id="need-heading">{{L.sections.need}}</h2>
{{#.empty}}
<p class="empty">{{.}}</p>
{{/.empty}}
{{#.needMarkup}}
<h3>{{L.need}}</h3>
{{{.}}}
{{/.needMarkup}}
{{#.visionMarkup}}
<h3>{{L.vision}}</h3>
{{{.}}}
{{/.visionMarkup}}
{{#.hasPillars}}
<h3>{{L.pillars}}</h3>
{{/.hasPillars}}
{{#.pillars}}
<h4><bdi>{{.title}}</bdi></h4>
{{#.goal}}
<p><bdi>{{.}}</bdi></p>
{{/.goal}}
<ul>
{{#.strategies}}
<li><bdi>{{.}}</bdi></li>
{{/.strategies}}
</ul>
{{/.pillars}}
</section>

"""#,
        "render/html/objectives.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<section class="major" id="objectives" aria-labelledby="objectives-heading">
<h2 id="objectives-heading">{{L.sections.objectives}}</h2>
{{#.empty}}
<p class="empty">{{.}}</p>
{{/.empty}}
{{#.items}}
<article class="objective" id="{{.id}}" aria-labelledby="{{.id}}-heading">
<h3 id="{{.id}}-heading"><bdi>{{.title}}</bdi></h3>
{{{.factsMarkup}}}
{{{.descriptionMarkup}}}
{{#.indicators}}
{{>table}}
{{/.indicators}}
<h4>{{L.objective.served-by}}</h4>
{{#.noActions}}
<p><span class="mark-gap">✗ {{.}}</span></p>
{{/.noActions}}
<ul>
{{#.actions}}
<li>{{#.isLink}}<a href="{{.href}}"><bdi>{{.text}}</bdi></a>{{/.isLink}}{{^.isLink}}<bdi>{{.text}}</bdi>{{/.isLink}}</li>
{{/.actions}}
</ul>
</article>
{{/.items}}
</section>

"""#,
        "render/html/open-points.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<section class="major" id="open-points" aria-labelledby="open-points-heading">
<h2 id="open-points-heading">{{L.sections.open-points}}</h2>
{{>figure}}
{{#.coverage}}
{{>table}}
{{/.coverage}}
{{#.unserved}}
<h3>{{L.unserved}}</h3>
<p><bdi>{{.}}</bdi></p>
{{/.unserved}}
<h3>{{L.open-findings}}</h3>
{{#.noOpen}}
<p>{{.}}</p>
{{/.noOpen}}
<ul class="findings">
{{#.open}}
{{>finding}}
{{/.open}}
</ul>
{{#.hasAccepted}}
<h3>{{L.waived-findings}}</h3>
<p>{{L.waived-intro}}</p>
{{/.hasAccepted}}
<ul class="findings">
{{#.accepted}}
{{>finding}}
{{/.accepted}}
</ul>
</section>

"""#,
        "render/html/pathways.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<section class="major" id="pathways" aria-labelledby="pathways-heading">
<h2 id="pathways-heading">{{L.sections.pathways}}</h2>
<h3>{{L.pathway.heading}}</h3>
{{#.noPathways}}
<p class="empty">{{.}}</p>
{{/.noPathways}}
{{#.pathways}}
<article class="card" id="{{.id}}" aria-labelledby="{{.id}}-heading">
<h4 id="{{.id}}-heading"><bdi>{{.title}}</bdi></h4>
{{{.factsMarkup}}}
</article>
{{/.pathways}}
<h3>{{L.agreement.heading}}</h3>
{{#.noAgreements}}
<p class="empty">{{.}}</p>
{{/.noAgreements}}
{{#.agreements}}
<article class="card" id="{{.id}}" aria-labelledby="{{.id}}-heading">
<h4 id="{{.id}}-heading"><bdi>{{.title}}</bdi></h4>
{{{.factsMarkup}}}
{{{.descriptionMarkup}}}
</article>
{{/.agreements}}
<h3>{{L.safeguards.heading}}</h3>
{{#.noSafeguards}}
<p class="empty">{{.}}</p>
{{/.noSafeguards}}
{{#.safeguards}}
{{{.statementMarkup}}}
{{{.factsMarkup}}}
{{/.safeguards}}
</section>

"""#,
        "render/html/resources.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<section class="major annex" id="resources" aria-labelledby="resources-heading">
<h2 id="resources-heading">{{L.sections.resources}}</h2>
{{#.empty}}
<p class="empty">{{.}}</p>
{{/.empty}}
{{#.groups}}
<section class="group" id="{{.id}}" aria-labelledby="{{.id}}-heading">
<h3 id="{{.id}}-heading"><bdi>{{.title}}</bdi></h3>
<ul class="cards">
{{#.items}}
<li id="{{.id}}">
<h4><bdi>{{.title}}</bdi></h4>
{{{.factsMarkup}}}
{{{.descriptionMarkup}}}
</li>
{{/.items}}
</ul>
</section>
{{/.groups}}
</section>

"""#,
        "render/html/stakeholders.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<section class="major annex" id="stakeholders" aria-labelledby="stakeholders-heading">
<h2 id="stakeholders-heading">{{L.sections.stakeholders}}</h2>
{{#.empty}}
<p class="empty">{{.}}</p>
{{/.empty}}
{{#.groups}}
<section class="group" id="{{.id}}" aria-labelledby="{{.id}}-heading">
<h3 id="{{.id}}-heading"><bdi>{{.title}}</bdi></h3>
<ul class="cards">
{{#.items}}
<li id="{{.id}}">
<h4><bdi>{{.title}}</bdi></h4>
{{{.factsMarkup}}}
{{{.descriptionMarkup}}}
{{#.contacts}}
<div class="contact">
<p>{{#.name}}<strong><bdi>{{.}}</bdi></strong>{{/.name}}{{#.role}} <span class="muted">(<bdi>{{.}}</bdi>)</span>{{/.role}}</p>
{{{.factsMarkup}}}
</div>
{{/.contacts}}
</li>
{{/.items}}
</ul>
</section>
{{/.groups}}
</section>

"""#,
        "render/html/style.mustache": #"""
:root {
  --ink: #1b1f24;
  --muted: #555d66;
  --line: #d5dae0;
  --paper: #ffffff;
  --tint: #f3f5f8;
  --accent: #1d4f91;
  --ok: #1e6b35;
  --ok-bg: #e6f4ea;
  --gap: #8a1c1c;
  --gap-bg: #fdecea;
  --warn: #7a4d00;
  --warn-bg: #fff4d6;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  color: var(--ink);
  background: var(--paper);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif;
}
.page { max-inline-size: 68rem; margin-inline: auto; padding-inline: 1rem; padding-block-end: 3rem; }
.skip-link { position: absolute; inset-inline-start: 0.5rem; inset-block-start: -4rem; background: var(--accent); color: #fff; padding: 0.5rem 0.75rem; z-index: 2; }
.visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.skip-link:focus { inset-block-start: 0.5rem; }
a { color: var(--accent); }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
header.doc { border-block-end: 4px solid var(--accent); padding-block: 1.5rem 1rem; margin-block-end: 1rem; }
header.doc .place { margin: 0; color: var(--muted); font-size: 0.95rem; }
h1 { font-size: clamp(1.6rem, 4vw, 2.3rem); line-height: 1.2; margin-block: 0.25rem 0.5rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin-block: 2.5rem 0.75rem; padding-block-end: 0.25rem; border-block-end: 1px solid var(--line); }
h3 { font-size: 1.2rem; margin-block: 1.75rem 0.5rem; }
h4 { font-size: 1.05rem; margin-block: 1.25rem 0.4rem; }
.edition { display: inline-block; margin: 0.25rem 0 0; padding: 0.2rem 0.6rem; background: var(--tint); border-inline-start: 4px solid var(--accent); font-size: 0.9rem; }
nav.toc { background: var(--tint); padding: 0.75rem 1rem; border-radius: 6px; }
nav.toc h2 { font-size: 1rem; margin: 0 0 0.25rem; border: 0; padding: 0; }
nav.toc ol { margin: 0; padding-inline-start: 1.25rem; columns: 2 14rem; }
.banner { border: 2px solid var(--gap); background: var(--gap-bg); padding: 0.75rem 1rem; border-radius: 6px; margin-block: 1rem; }
.banner h2 { margin-block-start: 0; border: 0; color: var(--gap); font-size: 1.2rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0 1rem; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.table-wrap { overflow-x: auto; margin-block: 0.5rem 1.25rem; }
table { border-collapse: collapse; inline-size: 100%; font-size: 0.95rem; }
caption { text-align: start; font-weight: 600; padding-block-end: 0.35rem; }
th, td { text-align: start; vertical-align: top; padding: 0.4rem 0.6rem; border-block-end: 1px solid var(--line); }
thead th { background: var(--tint); border-block-end: 2px solid var(--line); }
tbody th { font-weight: 600; }
th .muted { font-weight: 400; }
td > :first-child, li > p:first-child { margin-block-start: 0; }
td > :last-child, li > p:last-child { margin-block-end: 0; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0 1.5rem; }
/* Pictures keep their drawn size (text at 11 px or more), shrinking only
   when the page is narrower; the timeline scrolls in its frame instead. */
.picture-frame svg { display: block; max-inline-size: 100%; block-size: auto; }
figure.scrolls .picture-frame { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
figure.scrolls .picture-frame svg { max-inline-size: none; }
.scroll-cue { display: none; margin: 0 0 0.35rem; color: var(--muted); font-size: 0.9rem; }
figcaption { color: var(--muted); font-size: 0.9rem; margin-block-start: 0.35rem; }
.action { border-inline-start: 4px solid var(--line); padding-inline-start: 0.9rem; margin-block: 1.25rem; }
.status { display: inline-block; padding: 0 0.5rem; border-radius: 999px; font-size: 0.85rem; font-weight: 600; border: 1px solid currentColor; }
.status-done { color: var(--ok); background: var(--ok-bg); }
.status-in-progress, .status-planned { color: var(--accent); background: #e8eef8; }
.status-blocked { color: var(--gap); background: var(--gap-bg); }
.status-dropped, .status-unknown { color: var(--muted); background: var(--tint); }
.status-overdue { color: var(--gap); background: var(--gap-bg); }
.action h4 .status { margin-inline-start: 0.35rem; vertical-align: 0.1em; }
.status { white-space: nowrap; }
.mark-accepted { color: var(--warn); background: var(--warn-bg); font-weight: 600; }
.mark-ok { color: var(--ok); background: var(--ok-bg); font-weight: 600; }
.mark-gap { color: var(--gap); background: var(--gap-bg); font-weight: 600; }
.mark-draft { color: var(--warn); background: var(--warn-bg); font-weight: 700; padding: 0 0.4rem; border: 1px solid currentColor; border-radius: 4px; }
.notice { background: var(--tint); border-inline-start: 4px solid var(--muted); padding: 0.4rem 0.75rem; margin-block: 0.5rem; }
.notice p { margin: 0; }
.draft-banner { border: 3px dashed var(--warn); background: var(--warn-bg); color: var(--ink); padding: 0.5rem 1rem; border-radius: 6px; margin-block: 0.75rem; }
.draft-banner p { margin: 0.2rem 0; }
.draft-banner .draft-word { font-size: 1.6rem; font-weight: 800; color: var(--warn); letter-spacing: 0.05em; }
nav.downloads { margin-block: 0.5rem 1rem; }
nav.downloads h2 { font-size: 1rem; margin: 0 0 0.25rem; border: 0; padding: 0; }
nav.downloads ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
nav.downloads .file { color: var(--muted); font-size: 0.8rem; }
.glance-card { border: 2px solid var(--accent); border-radius: 8px; padding: 0.75rem 1rem; background: #fbfcfe; }
.glance-lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0 1.5rem; }
.glance-lists h3 { margin-block-start: 0.75rem; }
ul.plain, ol.plain { padding-inline-start: 1.25rem; margin-block: 0.25rem; }
ul.plain > li, ol.plain > li { margin-block: 0.35rem; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.9rem; margin-block: 0.75rem; }
.card h4 { margin-block-start: 0.25rem; }
.empty { color: var(--muted); font-style: italic; }
/* A list of plan text takes its direction from each item: an English
   item on an Arabic page puts its marker on the left, so such lists keep
   room on both sides and never push the page sideways. */
ul:has(> li[dir="auto"]), ol:has(> li[dir="auto"]) { padding-inline: 1.25rem; }
.ref { color: var(--muted); font-size: 0.85rem; }
.sev-error { color: var(--gap); font-weight: 600; }
.sev-warning { color: var(--warn); font-weight: 600; }
.sev-info { color: var(--muted); font-weight: 600; }
ul.findings { padding-inline-start: 1.25rem; }
ul.findings li { margin-block: 0.35rem; }
.rule, code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.88em; }
.muted { color: var(--muted); }
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 0.75rem; }
.cards > li { border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 0.9rem; }
.cards h3, .cards h4 { margin-block-start: 0; }
.md-heading { margin-block-end: 0.25rem; }
blockquote { margin-inline: 0; padding-inline-start: 1rem; border-inline-start: 3px solid var(--line); color: var(--muted); }
footer.made { margin-block-start: 3rem; padding-block-start: 1rem; border-block-start: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
footer.made h2 { font-size: 1.1rem; border: 0; margin-block-start: 0; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  .page { padding-inline: 0.75rem; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-block-end: 0.35rem; }
  nav.toc ol { columns: 1; }
  .cards { grid-template-columns: 1fr; }
  /* A table of more than three columns becomes a card per row: its
     heading cell on top, every other cell under its column's label. */
  .as-cards table, .as-cards tbody, .as-cards tr, .as-cards th, .as-cards td { display: block; inline-size: auto; }
  .as-cards caption { display: block; }
  .as-cards thead { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }
  .as-cards tr { border: 1px solid var(--line); border-radius: 6px; padding: 0.35rem 0.6rem; margin-block-end: 0.6rem; }
  .as-cards th, .as-cards td { border: 0; padding: 0.15rem 0; text-align: start; }
  .as-cards td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
  .as-cards td.num { text-align: start; }
  .scroll-cue { display: block; }
}
@media print {
  @page { margin: 18mm 15mm; }
  body { font-size: 10.5pt; }
  .page { max-inline-size: none; padding: 0; }
  nav.toc, nav.downloads, .skip-link, .scroll-cue { display: none; }
  section.major { break-before: page; }
  #glance { break-before: auto; }
  figure.scrolls .picture-frame { overflow: visible; border: 0; }
  figure.scrolls .picture-frame svg { max-inline-size: 100%; }
  h2, h3, h4 { break-after: avoid; }
  /* Only what cannot be read in two pieces is kept whole: a picture, a
     table row, a heading with what follows it. Cards and actions flow
     across pages, so none leaves a page half empty (a break-after on the
     facts' grid cells pushed whole actions to the next page). */
  figure, tr { break-inside: avoid; }
  caption { break-after: avoid; }
  .cards { display: block; columns: 2; column-gap: 0.75rem; }
  .cards > li { margin-block-end: 0.75rem; }
  .table-wrap { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  .status, .mark-ok, .mark-gap, .mark-accepted, .mark-draft, .draft-banner, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}

"""#,
        "render/html/table.mustache": #"""
{{%CONTENT_TYPE: PFPLAN_HTML}}
<div class="table-wrap{{#.isCards}} as-cards{{/.isCards}}">
<table>
<caption{{#.isCaptionHidden}} class="visually-hidden"{{/.isCaptionHidden}}>{{.caption}}</caption>
<thead><tr>{{#.columns}}<th scope="col"{{#.isNumeric}} class="num"{{/.isNumeric}}>{{.label}}</th>{{/.columns}}</tr></thead>
<tbody>
{{#.rows}}
<tr><th scope="row">{{{.headerMarkup}}}</th>{{{.cellsMarkup}}}</tr>
{{/.rows}}
</tbody>
</table>
</div>

"""#,
        "render/md/activities.mustache": #"""
## {{{L.sections.activities}}}

{{#.stages}}
### {{{.title}}}

{{#.summary}}
*{{{.}}}*

{{/.summary}}
{{#.noActions}}
✗ {{{.}}}

{{/.noActions}}
{{#.actions}}
#### {{{.title}}}

- **{{{L.status}}}:** {{{.status}}}
{{{.factsMarkup}}}
{{#.descriptionMarkup}}
{{{.}}}

{{/.descriptionMarkup}}
{{/.actions}}
{{/.stages}}

"""#,
        "render/md/assessment.mustache": #"""
## {{{L.sections.assessment}}}

{{#.empty}}
{{{.}}}

{{/.empty}}
{{#.summaryMarkup}}
{{{.}}}

{{/.summaryMarkup}}
{{^.empty}}
### {{{L.assessment.threats}}}

{{/.empty}}
{{#.noThreats}}
{{{.}}}

{{/.noThreats}}
{{#.threats}}
#### {{{.title}}}

{{{.factsMarkup}}}
{{#.descriptionMarkup}}
{{{.}}}

{{/.descriptionMarkup}}
{{/.threats}}
{{^.empty}}
### {{{L.groups-at-risk}}}

{{/.empty}}
{{#.noGroups}}
{{{.}}}

{{/.noGroups}}
{{#.groups}}
- {{{.title}}}{{#.servedBy}}: {{{.}}}{{/.servedBy}}{{#.unserved}} ✗ {{{.}}}{{/.unserved}}
{{/.groups}}

{{^.empty}}
### {{{L.service-gaps}}}

{{/.empty}}
{{#.noGaps}}
{{{.}}}

{{/.noGaps}}
{{#.gaps}}
#### {{{.title}}}

{{{.factsMarkup}}}
{{#.descriptionMarkup}}
{{{.}}}

{{/.descriptionMarkup}}
{{/.gaps}}
{{^.empty}}
### {{{L.assessment.assets}}}

{{/.empty}}
{{#.noAssets}}
{{{.}}}

{{/.noAssets}}
{{#.assets}}
- {{{.title}}}{{#.who}} ({{{.}}}){{/.who}}
{{/.assets}}

{{^.empty}}
### {{{L.assessment.consultation}}}

{{/.empty}}
{{#.noConsultation}}
{{{.}}}

{{/.noConsultation}}
{{#.consultation}}
{{>table}}
{{/.consultation}}

"""#,
        "render/md/banners.mustache": #"""
{{#draft}}
> **{{{.heading}}}**
{{#.reasons}}
>
> {{{.}}}
{{/.reasons}}

{{/draft}}
{{#banner}}
> **{{{.heading}}}**
>
> {{{.text}}}
>
{{#.findings}}
> - {{{.severityLabel}}}: {{{.sentence}}}{{#.reference}} ({{{.}}}){{/.reference}}
{{/.findings}}

{{/banner}}

"""#,
        "render/md/budget.mustache": #"""
## {{{L.sections.budget}}}

{{#.empty}}
{{{.}}}

{{/.empty}}
{{{.factsMarkup}}}
{{#.note}}
*{{{.}}}*

{{/.note}}
{{#.byStage}}
{{>table}}
{{/.byStage}}
{{#.noSources}}
{{{.}}}

{{/.noSources}}
{{#.bySource}}
{{>table}}
{{/.bySource}}
{{^.empty}}
### {{{L.funds.cliffs}}}

{{/.empty}}
{{#.noCliffs}}
{{{.}}}

{{/.noCliffs}}
{{#.cliffs}}
- ✗ {{{.}}}
{{/.cliffs}}


"""#,
        "render/md/document.mustache": #"""
{{! Markdown: every value arrives escaped as Markdown by pfplan, so this
    file and its partials use triple braces only. Double braces would
    HTML-escape a second time (partials always escape as HTML). }}
{{>banners}}
# {{{title}}}

{{{place}}}

*{{{edition}}}*

{{#hasNotice}}
{{{noticeMarkup}}}

{{/hasNotice}}
{{>downloads}}
{{#glance}}
{{>glance}}
{{/glance}}
{{#need}}
{{>need}}
{{/need}}
{{#objectives}}
{{>objectives}}
{{/objectives}}
{{#assessment}}
{{>assessment}}
{{/assessment}}
{{#governance}}
{{>governance}}
{{/governance}}
{{#activities}}
{{>activities}}
{{/activities}}
{{#pathways}}
{{>pathways}}
{{/pathways}}
{{#monitoring}}
{{>monitoring}}
{{/monitoring}}
{{#budget}}
{{>budget}}
{{/budget}}
{{#open-points}}
{{>open-points}}
{{/open-points}}
{{#stakeholders}}
{{>stakeholders}}
{{/stakeholders}}
{{#resources}}
{{>resources}}
{{/resources}}
{{#made}}
{{>made}}
{{/made}}

"""#,
        "render/md/downloads.mustache": #"""
**{{{L.downloads.heading}}}:**

{{#downloads}}
- {{{.text}}}
{{/downloads}}


"""#,
        "render/md/figure.mustache": #"""
![{{{.svgAlt}}}]({{{.svgMarkup}}})


"""#,
        "render/md/finding.mustache": #"""
- **{{{.severityLabel}}}:** {{{.sentence}}}{{#.reference}} ({{{.}}}){{/.reference}}{{#.reason}}  
  **{{{L.reason}}}:** {{{.}}}{{/.reason}}

"""#,
        "render/md/glance.mustache": #"""
## {{{L.sections.glance}}}

{{{.factsMarkup}}}
### {{{L.glance.objectives}}}

{{#.noObjectives}}
{{{.}}}

{{/.noObjectives}}
{{#.objectives}}
- {{{.title}}}
{{#.progress}}
  - {{{.}}}
{{/.progress}}
{{/.objectives}}

### {{{L.glance.next}}}

{{#.noNext}}
{{{.}}}

{{/.noNext}}
{{#.next}}
1. {{{.title}}}{{#.due}}, {{{.}}}{{/.due}}{{#.lead}} ({{{.}}}){{/.lead}}
{{/.next}}


"""#,
        "render/md/governance.mustache": #"""
## {{{L.sections.governance}}}

{{#.empty}}
{{{.}}}

{{/.empty}}
{{#.hasChart}}
### {{{L.governance.chart}}}

{{>figure}}
{{/.hasChart}}
{{{.factsMarkup}}}
{{#.charterMarkup}}
### {{{L.charter}}}

{{{.}}}

{{/.charterMarkup}}
{{#.sectors}}
{{>table}}
{{/.sectors}}
{{#.noMembers}}
{{{.}}}

{{/.noMembers}}
{{#.members}}
{{>table}}
{{/.members}}
{{#.roles}}
{{>table}}
{{/.roles}}
{{#.hasChart}}
### {{{L.governance.learning}}}

{{/.hasChart}}
{{#.noLearning}}
{{{.}}}

{{/.noLearning}}
{{#.learning}}
{{>table}}
{{/.learning}}

"""#,
        "render/md/made.mustache": #"""
## {{{L.sections.made}}}

{{#.lines}}
- {{{.lineMarkup}}}
{{/.lines}}

"""#,
        "render/md/monitoring.mustache": #"""
## {{{L.sections.monitoring}}}

{{>figure}}
{{#.noIndicators}}
{{{.}}}

{{/.noIndicators}}
{{#.tables}}
### {{{.heading}}}

{{>table}}
{{/.tables}}

"""#,
        "render/md/need.mustache": #"""
## {{{L.sections.need}}}

{{#.empty}}
{{{.}}}

{{/.empty}}
{{#.needMarkup}}
### {{{L.need}}}

{{{.}}}

{{/.needMarkup}}
{{#.visionMarkup}}
### {{{L.vision}}}

{{{.}}}

{{/.visionMarkup}}
{{#.hasPillars}}
### {{{L.pillars}}}

{{/.hasPillars}}
{{#.pillars}}
#### {{{.title}}}

{{#.goal}}
{{{.}}}

{{/.goal}}
{{#.strategies}}
- {{{.}}}
{{/.strategies}}

{{/.pillars}}

"""#,
        "render/md/objectives.mustache": #"""
## {{{L.sections.objectives}}}

{{#.empty}}
{{{.}}}

{{/.empty}}
{{#.items}}
### {{{.title}}}

{{{.factsMarkup}}}
{{#.descriptionMarkup}}
{{{.}}}

{{/.descriptionMarkup}}
{{#.indicators}}
{{>table}}
{{/.indicators}}
**{{{L.objective.served-by}}}:**

{{#.noActions}}
✗ {{{.}}}

{{/.noActions}}
{{#.actions}}
- {{{.text}}}
{{/.actions}}

{{/.items}}

"""#,
        "render/md/open-points.mustache": #"""
## {{{L.sections.open-points}}}

{{>figure}}
{{#.coverage}}
{{>table}}
{{/.coverage}}
{{#.unserved}}
### {{{L.unserved}}}

{{{.}}}

{{/.unserved}}
### {{{L.open-findings}}}

{{#.noOpen}}
{{{.}}}

{{/.noOpen}}
{{#.open}}
{{>finding}}
{{/.open}}

{{#.hasAccepted}}
### {{{L.waived-findings}}}

{{{L.waived-intro}}}

{{/.hasAccepted}}
{{#.accepted}}
{{>finding}}
{{/.accepted}}


"""#,
        "render/md/pathways.mustache": #"""
## {{{L.sections.pathways}}}

### {{{L.pathway.heading}}}

{{#.noPathways}}
{{{.}}}

{{/.noPathways}}
{{#.pathways}}
#### {{{.title}}}

{{{.factsMarkup}}}
{{/.pathways}}
### {{{L.agreement.heading}}}

{{#.noAgreements}}
{{{.}}}

{{/.noAgreements}}
{{#.agreements}}
#### {{{.title}}}

{{{.factsMarkup}}}
{{#.descriptionMarkup}}
{{{.}}}

{{/.descriptionMarkup}}
{{/.agreements}}
### {{{L.safeguards.heading}}}

{{#.noSafeguards}}
{{{.}}}

{{/.noSafeguards}}
{{#.safeguards}}
{{#.statementMarkup}}
{{{.}}}

{{/.statementMarkup}}
{{{.factsMarkup}}}
{{/.safeguards}}

"""#,
        "render/md/resources.mustache": #"""
## {{{L.sections.resources}}}

{{#.empty}}
{{{.}}}

{{/.empty}}
{{#.groups}}
### {{{.title}}}

{{#.items}}
#### {{{.title}}}

{{{.factsMarkup}}}
{{#.descriptionMarkup}}
{{{.}}}

{{/.descriptionMarkup}}
{{/.items}}
{{/.groups}}

"""#,
        "render/md/stakeholders.mustache": #"""
## {{{L.sections.stakeholders}}}

{{#.empty}}
{{{.}}}

{{/.empty}}
{{#.groups}}
### {{{.title}}}

{{#.items}}
#### {{{.title}}}

{{{.factsMarkup}}}
{{#.descriptionMarkup}}
{{{.}}}

{{/.descriptionMarkup}}
{{#.contacts}}
**{{#.name}}{{{.}}}{{/.name}}{{#.role}} ({{{.}}}){{/.role}}**

{{{.factsMarkup}}}
{{/.contacts}}
{{/.items}}
{{/.groups}}

"""#,
        "render/md/table.mustache": #"""
{{^.isCaptionHidden}}
**{{{.caption}}}**

{{/.isCaptionHidden}}
|{{#.columns}} {{{.label}}} |{{/.columns}}
|{{#.columns}}{{#.isNumeric}}---:{{/.isNumeric}}{{^.isNumeric}}---{{/.isNumeric}}|{{/.columns}}
{{#.rows}}
| {{{.headerMarkup}}} |{{{.cellsMarkup}}}
{{/.rows}}


"""#,
        "schema/plan.schema.json": #"""
{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$comment": "Generated by 'pfplan schema' from pfplan's plan format and the framework models default, welcoming. Do not edit: regenerate it.",
  "title": "pfplan plan, format 1",
  "description": "A city's multi-actor prevention framework.",
  "type": "object",
  "properties": {
    "pfplan": {
      "description": "Format version; only 1 exists.",
      "type": "integer",
      "enum": [
        1
      ]
    },
    "city": {
      "description": "The city the plan is for.",
      "type": "object",
      "properties": {
        "name": {
          "description": "The city's name.",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        },
        "region": {
          "description": "State or province.",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        },
        "country": {
          "description": "ISO 3166-1 alpha-2 country code, such as US.",
          "type": "string",
          "enum": [
            "AD",
            "AE",
            "AF",
            "AG",
            "AI",
            "AL",
            "AM",
            "AO",
            "AQ",
            "AR",
            "AS",
            "AT",
            "AU",
            "AW",
            "AX",
            "AZ",
            "BA",
            "BB",
            "BD",
            "BE",
            "BF",
            "BG",
            "BH",
            "BI",
            "BJ",
            "BL",
            "BM",
            "BN",
            "BO",
            "BQ",
            "BR",
            "BS",
            "BT",
            "BV",
            "BW",
            "BY",
            "BZ",
            "CA",
            "CC",
            "CD",
            "CF",
            "CG",
            "CH",
            "CI",
            "CK",
            "CL",
            "CM",
            "CN",
            "CO",
            "CR",
            "CU",
            "CV",
            "CW",
            "CX",
            "CY",
            "CZ",
            "DE",
            "DJ",
            "DK",
            "DM",
            "DO",
            "DZ",
            "EC",
            "EE",
            "EG",
            "EH",
            "ER",
            "ES",
            "ET",
            "FI",
            "FJ",
            "FK",
            "FM",
            "FO",
            "FR",
            "GA",
            "GB",
            "GD",
            "GE",
            "GF",
            "GG",
            "GH",
            "GI",
            "GL",
            "GM",
            "GN",
            "GP",
            "GQ",
            "GR",
            "GS",
            "GT",
            "GU",
            "GW",
            "GY",
            "HK",
            "HM",
            "HN",
            "HR",
            "HT",
            "HU",
            "ID",
            "IE",
            "IL",
            "IM",
            "IN",
            "IO",
            "IQ",
            "IR",
            "IS",
            "IT",
            "JE",
            "JM",
            "JO",
            "JP",
            "KE",
            "KG",
            "KH",
            "KI",
            "KM",
            "KN",
            "KP",
            "KR",
            "KW",
            "KY",
            "KZ",
            "LA",
            "LB",
            "LC",
            "LI",
            "LK",
            "LR",
            "LS",
            "LT",
            "LU",
            "LV",
            "LY",
            "MA",
            "MC",
            "MD",
            "ME",
            "MF",
            "MG",
            "MH",
            "MK",
            "ML",
            "MM",
            "MN",
            "MO",
            "MP",
            "MQ",
            "MR",
            "MS",
            "MT",
            "MU",
            "MV",
            "MW",
            "MX",
            "MY",
            "MZ",
            "NA",
            "NC",
            "NE",
            "NF",
            "NG",
            "NI",
            "NL",
            "NO",
            "NP",
            "NR",
            "NU",
            "NZ",
            "OM",
            "PA",
            "PE",
            "PF",
            "PG",
            "PH",
            "PK",
            "PL",
            "PM",
            "PN",
            "PR",
            "PS",
            "PT",
            "PW",
            "PY",
            "QA",
            "RE",
            "RO",
            "RS",
            "RU",
            "RW",
            "SA",
            "SB",
            "SC",
            "SD",
            "SE",
            "SG",
            "SH",
            "SI",
            "SJ",
            "SK",
            "SL",
            "SM",
            "SN",
            "SO",
            "SR",
            "SS",
            "ST",
            "SV",
            "SX",
            "SY",
            "SZ",
            "TC",
            "TD",
            "TF",
            "TG",
            "TH",
            "TJ",
            "TK",
            "TL",
            "TM",
            "TN",
            "TO",
            "TR",
            "TT",
            "TV",
            "TW",
            "TZ",
            "UA",
            "UG",
            "UM",
            "US",
            "UY",
            "UZ",
            "VA",
            "VC",
            "VE",
            "VG",
            "VI",
            "VN",
            "VU",
            "WF",
            "WS",
            "YE",
            "YT",
            "ZA",
            "ZM",
            "ZW"
          ]
        },
        "population": {
          "description": "Number of residents.",
          "type": "integer",
          "minimum": 1
        },
        "languages": {
          "description": "Render languages; the first is the default.",
          "type": "array",
          "items": {
            "type": "string",
            "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
          }
        }
      },
      "required": [
        "name"
      ],
      "patternProperties": {
        "^x-": {
          "description": "An extension: pfplan keeps it and ignores it."
        }
      },
      "additionalProperties": false
    },
    "framework": {
      "description": "The framework model, title, period, need and vision.",
      "type": "object",
      "properties": {
        "model": {
          "description": "A built-in model id (default, welcoming) or a path to a model file.",
          "type": "string",
          "anyOf": [
            {
              "enum": [
                "default",
                "welcoming"
              ]
            },
            {
              "pattern": "/|\\.ya?ml$"
            }
          ]
        },
        "title": {
          "description": "The plan's title.",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        },
        "period": {
          "description": "The period the plan covers.",
          "type": "object",
          "properties": {
            "start": {
              "description": "First day of the plan (YYYY-MM-DD).",
              "type": "string",
              "format": "date",
              "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
            },
            "end": {
              "description": "Last day of the plan (YYYY-MM-DD).",
              "type": "string",
              "format": "date",
              "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
            }
          },
          "required": [
            "start",
            "end"
          ],
          "patternProperties": {
            "^x-": {
              "description": "An extension: pfplan keeps it and ignores it."
            }
          },
          "additionalProperties": false
        },
        "adopted": {
          "description": "The date the plan was adopted (YYYY-MM-DD); without it the plan is a draft.",
          "type": "string",
          "format": "date",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        },
        "review": {
          "description": "The date of the next scheduled review (YYYY-MM-DD).",
          "type": "string",
          "format": "date",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        },
        "reports-to": {
          "description": "The body the leadership group answers to, such as the city council.",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        },
        "need": {
          "description": "Statement of need (Markdown).",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        },
        "vision": {
          "description": "Vision (Markdown).",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        },
        "objectives": {
          "description": "Measurable objectives, each with outcome indicators.",
          "type": "array",
          "items": {
            "description": "A measurable objective of the plan.",
            "type": "object",
            "properties": {
              "id": {
                "description": "Unique id; actions name it under 'objectives'.",
                "type": "string",
                "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
              },
              "title": {
                "description": "What the plan aims to achieve, in measurable terms.",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              },
              "addresses": {
                "description": "Threat and service-gap ids of the assessment it answers.",
                "type": "array",
                "items": {
                  "type": "string",
                  "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
                }
              },
              "description": {
                "description": "Details (Markdown).",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              },
              "indicators": {
                "description": "How progress is measured; outcome indicators unless marked otherwise.",
                "type": "array",
                "items": {
                  "description": "How progress is measured.",
                  "type": "object",
                  "properties": {
                    "id": {
                      "description": "Unique id.",
                      "type": "string",
                      "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
                    },
                    "name": {
                      "description": "What is measured.",
                      "type": [
                        "string",
                        "number",
                        "boolean"
                      ]
                    },
                    "kind": {
                      "description": "output (what was done) or outcome (what changed); outcome under an objective, output under an action.",
                      "type": "string",
                      "enum": [
                        "output",
                        "outcome"
                      ]
                    },
                    "unit": {
                      "description": "Unit of the figures (people, sessions, %).",
                      "type": [
                        "string",
                        "number",
                        "boolean"
                      ]
                    },
                    "baseline": {
                      "description": "The figure at the start.",
                      "type": "number"
                    },
                    "target": {
                      "description": "The figure aimed for.",
                      "type": "number"
                    },
                    "actual": {
                      "description": "The latest figure.",
                      "type": "number"
                    },
                    "source": {
                      "description": "Where the figures come from.",
                      "type": [
                        "string",
                        "number",
                        "boolean"
                      ]
                    },
                    "collected-by": {
                      "description": "The member or stakeholder id that collects the figures.",
                      "type": "string",
                      "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
                    },
                    "frequency": {
                      "description": "monthly, quarterly, twice-yearly, yearly or once.",
                      "type": "string",
                      "enum": [
                        "monthly",
                        "quarterly",
                        "twice-yearly",
                        "yearly",
                        "once"
                      ]
                    }
                  },
                  "required": [
                    "id",
                    "name"
                  ],
                  "patternProperties": {
                    "^x-": {
                      "description": "An extension: pfplan keeps it and ignores it."
                    }
                  },
                  "additionalProperties": false
                }
              }
            },
            "required": [
              "id",
              "title"
            ],
            "patternProperties": {
              "^x-": {
                "description": "An extension: pfplan keeps it and ignores it."
              }
            },
            "additionalProperties": false
          }
        },
        "pillars": {
          "description": "Optional goal hierarchy: pillars with strategies.",
          "type": "array",
          "items": {
            "description": "A thematic pillar of the plan.",
            "type": "object",
            "properties": {
              "id": {
                "description": "Unique id of the pillar.",
                "type": "string",
                "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
              },
              "title": {
                "description": "The pillar's title.",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              },
              "goal": {
                "description": "The pillar's goal (Markdown).",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              },
              "strategies": {
                "description": "The strategies under this pillar.",
                "type": "array",
                "items": {
                  "description": "A strategy under a pillar.",
                  "type": "object",
                  "properties": {
                    "id": {
                      "description": "Unique id; actions name it under 'strategy'.",
                      "type": "string",
                      "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
                    },
                    "title": {
                      "description": "The strategy's title.",
                      "type": [
                        "string",
                        "number",
                        "boolean"
                      ]
                    },
                    "description": {
                      "description": "What the strategy does (Markdown).",
                      "type": [
                        "string",
                        "number",
                        "boolean"
                      ]
                    }
                  },
                  "required": [
                    "id",
                    "title"
                  ],
                  "patternProperties": {
                    "^x-": {
                      "description": "An extension: pfplan keeps it and ignores it."
                    }
                  },
                  "additionalProperties": false
                }
              }
            },
            "required": [
              "id",
              "title"
            ],
            "patternProperties": {
              "^x-": {
                "description": "An extension: pfplan keeps it and ignores it."
              }
            },
            "additionalProperties": false
          }
        }
      },
      "patternProperties": {
        "^x-": {
          "description": "An extension: pfplan keeps it and ignores it."
        }
      },
      "additionalProperties": false
    },
    "notice": {
      "description": "One line shown at the top of every rendered document, such as that the people in it are invented (Markdown).",
      "type": [
        "string",
        "number",
        "boolean"
      ]
    },
    "include": {
      "description": "Further files whose lists are appended in order.",
      "type": "array",
      "items": {
        "type": [
          "string",
          "number",
          "boolean"
        ]
      }
    },
    "assessment": {
      "description": "The needs and vulnerabilities assessment.",
      "type": "object",
      "properties": {
        "summary": {
          "description": "Summary of the assessment (Markdown).",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        },
        "threats": {
          "description": "Local threats and their drivers.",
          "type": "array",
          "items": {
            "description": "A local threat and its drivers.",
            "type": "object",
            "properties": {
              "id": {
                "description": "Unique id; a threat needs one to be addressed by an objective or action.",
                "type": "string",
                "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
              },
              "title": {
                "description": "What the threat is.",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              },
              "trend": {
                "description": "rising, stable, falling or unknown.",
                "type": "string",
                "enum": [
                  "rising",
                  "stable",
                  "falling",
                  "unknown"
                ]
              },
              "targets": {
                "description": "Audience ids of the groups it targets. Model default: general-public, youth, parents, educators, faith-communities, immigrants-refugees, lgbtq, racial-ethnic-minorities, religious-minorities, people-at-risk, victims, practitioners, online-communities, adults, native-communities, women-girls, veterans, people-with-disabilities, public-officials. Model welcoming: general-public, youth, parents, educators, faith-communities, immigrants-refugees, lgbtq, racial-ethnic-minorities, religious-minorities, victims, practitioners, online-communities, adults, native-communities, women-girls, veterans, people-with-disabilities, public-officials.",
                "type": "array",
                "items": {
                  "type": "string",
                  "enum": [
                    "general-public",
                    "youth",
                    "parents",
                    "educators",
                    "faith-communities",
                    "immigrants-refugees",
                    "lgbtq",
                    "racial-ethnic-minorities",
                    "religious-minorities",
                    "people-at-risk",
                    "victims",
                    "practitioners",
                    "online-communities",
                    "adults",
                    "native-communities",
                    "women-girls",
                    "veterans",
                    "people-with-disabilities",
                    "public-officials"
                  ],
                  "enumDescriptions": [
                    "General public",
                    "Youth",
                    "Parents and caregivers",
                    "Educators",
                    "Faith communities",
                    "Immigrants and refugees",
                    "LGBTQ+ people",
                    "Racial and ethnic minorities",
                    "Religious minorities",
                    "People referred for support (model default)",
                    "Victims and survivors",
                    "Practitioners",
                    "Online communities",
                    "Adults",
                    "Native and Indigenous communities",
                    "Women and girls",
                    "Veterans",
                    "People with disabilities",
                    "Public officials"
                  ]
                }
              },
              "source": {
                "description": "Where the evidence comes from.",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              },
              "description": {
                "description": "Drivers and evidence (Markdown).",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              }
            },
            "required": [
              "title"
            ],
            "patternProperties": {
              "^x-": {
                "description": "An extension: pfplan keeps it and ignores it."
              }
            },
            "additionalProperties": false
          }
        },
        "groups-at-risk": {
          "description": "Audience ids of the groups at risk. Model default: general-public, youth, parents, educators, faith-communities, immigrants-refugees, lgbtq, racial-ethnic-minorities, religious-minorities, people-at-risk, victims, practitioners, online-communities, adults, native-communities, women-girls, veterans, people-with-disabilities, public-officials. Model welcoming: general-public, youth, parents, educators, faith-communities, immigrants-refugees, lgbtq, racial-ethnic-minorities, religious-minorities, victims, practitioners, online-communities, adults, native-communities, women-girls, veterans, people-with-disabilities, public-officials.",
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "general-public",
              "youth",
              "parents",
              "educators",
              "faith-communities",
              "immigrants-refugees",
              "lgbtq",
              "racial-ethnic-minorities",
              "religious-minorities",
              "people-at-risk",
              "victims",
              "practitioners",
              "online-communities",
              "adults",
              "native-communities",
              "women-girls",
              "veterans",
              "people-with-disabilities",
              "public-officials"
            ],
            "enumDescriptions": [
              "General public",
              "Youth",
              "Parents and caregivers",
              "Educators",
              "Faith communities",
              "Immigrants and refugees",
              "LGBTQ+ people",
              "Racial and ethnic minorities",
              "Religious minorities",
              "People referred for support (model default)",
              "Victims and survivors",
              "Practitioners",
              "Online communities",
              "Adults",
              "Native and Indigenous communities",
              "Women and girls",
              "Veterans",
              "People with disabilities",
              "Public officials"
            ]
          }
        },
        "service-gaps": {
          "description": "Gaps in services, by stage.",
          "type": "array",
          "items": {
            "description": "A gap in prevention services.",
            "type": "object",
            "properties": {
              "id": {
                "description": "Unique id; a gap needs one to be addressed by an objective or action.",
                "type": "string",
                "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
              },
              "title": {
                "description": "What is missing.",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              },
              "stage": {
                "description": "The stage of the model where it is missing. Model default: assess, primary, secondary, tertiary, post-incident. Model welcoming: government-leadership, equitable-access, civic-engagement, connected-communities, education, economic-development, safe-communities.",
                "type": "string",
                "enum": [
                  "assess",
                  "primary",
                  "secondary",
                  "tertiary",
                  "post-incident",
                  "government-leadership",
                  "equitable-access",
                  "civic-engagement",
                  "connected-communities",
                  "education",
                  "economic-development",
                  "safe-communities"
                ],
                "enumDescriptions": [
                  "Needs and vulnerabilities assessment (model default): Map, with the communities concerned, local threats and their drivers, groups at risk, service gaps and the prevention assets already there.",
                  "Primary prevention (model default): Population-wide awareness, education, community engagement, social cohesion, digital literacy and bystander training, online and offline.",
                  "Secondary prevention (model default): Detect and mitigate risk early through voluntary referral pathways, behavioral threat assessment and management, and psychosocial support.",
                  "Tertiary prevention (model default): Where risk already exists: disengagement, rehabilitation, reintegration and recidivism reduction, including exit programs run by civil society.",
                  "Preparedness, response and recovery (model default): Before an incident, protective security and exercises; after it, coordination, crisis communication, support for affected communities, healing, and reducing the risk of escalation.",
                  "Government leadership (model welcoming): Local government commits to inclusion through leadership, policy, dedicated staff and coordination across departments.",
                  "Equitable access (model welcoming): Immigrants can reach public services, programs and information in their languages and without barriers.",
                  "Civic engagement (model welcoming): Immigrants take part in civic life: naturalisation, voting where eligible, boards and commissions, and community leadership.",
                  "Connected communities (model welcoming): Relationships and trust are built between immigrant and long-time residents through shared spaces, events and dialogue.",
                  "Education (model welcoming): Immigrants have access to learning from early childhood through adult education and English-language learning.",
                  "Economic development (model welcoming): Immigrant workers and entrepreneurs can use their skills, credentials and ideas, and share in local prosperity.",
                  "Safe communities (model welcoming): Immigrant residents trust and are protected by local police, courts and emergency services."
                ]
              },
              "description": {
                "description": "Details (Markdown).",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              }
            },
            "required": [
              "title"
            ],
            "patternProperties": {
              "^x-": {
                "description": "An extension: pfplan keeps it and ignores it."
              }
            },
            "additionalProperties": false
          }
        },
        "assets": {
          "description": "Community assets to build on.",
          "type": "array",
          "items": {
            "description": "A community asset the plan builds on.",
            "type": "object",
            "properties": {
              "title": {
                "description": "What the asset is.",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              },
              "stakeholder": {
                "description": "The stakeholder (or member) id that holds it.",
                "type": "string",
                "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
              },
              "description": {
                "description": "Details (Markdown).",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              }
            },
            "required": [
              "title"
            ],
            "patternProperties": {
              "^x-": {
                "description": "An extension: pfplan keeps it and ignores it."
              }
            },
            "additionalProperties": false
          }
        },
        "consultation": {
          "description": "Who was consulted, when, in which languages.",
          "type": "array",
          "items": {
            "description": "A consultation of the communities concerned.",
            "type": "object",
            "properties": {
              "id": {
                "description": "Unique id, so that a waiver can name it.",
                "type": "string",
                "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
              },
              "title": {
                "description": "What took place.",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              },
              "date": {
                "description": "When (YYYY-MM-DD).",
                "type": "string",
                "format": "date",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
              },
              "with": {
                "description": "Stakeholder (or member) ids of those consulted.",
                "type": "array",
                "items": {
                  "type": "string",
                  "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
                }
              },
              "audiences": {
                "description": "Audience ids of the groups consulted. Model default: general-public, youth, parents, educators, faith-communities, immigrants-refugees, lgbtq, racial-ethnic-minorities, religious-minorities, people-at-risk, victims, practitioners, online-communities, adults, native-communities, women-girls, veterans, people-with-disabilities, public-officials. Model welcoming: general-public, youth, parents, educators, faith-communities, immigrants-refugees, lgbtq, racial-ethnic-minorities, religious-minorities, victims, practitioners, online-communities, adults, native-communities, women-girls, veterans, people-with-disabilities, public-officials.",
                "type": "array",
                "items": {
                  "type": "string",
                  "enum": [
                    "general-public",
                    "youth",
                    "parents",
                    "educators",
                    "faith-communities",
                    "immigrants-refugees",
                    "lgbtq",
                    "racial-ethnic-minorities",
                    "religious-minorities",
                    "people-at-risk",
                    "victims",
                    "practitioners",
                    "online-communities",
                    "adults",
                    "native-communities",
                    "women-girls",
                    "veterans",
                    "people-with-disabilities",
                    "public-officials"
                  ],
                  "enumDescriptions": [
                    "General public",
                    "Youth",
                    "Parents and caregivers",
                    "Educators",
                    "Faith communities",
                    "Immigrants and refugees",
                    "LGBTQ+ people",
                    "Racial and ethnic minorities",
                    "Religious minorities",
                    "People referred for support (model default)",
                    "Victims and survivors",
                    "Practitioners",
                    "Online communities",
                    "Adults",
                    "Native and Indigenous communities",
                    "Women and girls",
                    "Veterans",
                    "People with disabilities",
                    "Public officials"
                  ]
                }
              },
              "languages": {
                "description": "Languages it was held in.",
                "type": "array",
                "items": {
                  "type": "string",
                  "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
                }
              },
              "participants": {
                "description": "How many people took part.",
                "type": "integer",
                "minimum": 0
              },
              "description": {
                "description": "What was heard (Markdown).",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              }
            },
            "required": [
              "title"
            ],
            "patternProperties": {
              "^x-": {
                "description": "An extension: pfplan keeps it and ignores it."
              }
            },
            "additionalProperties": false
          }
        }
      },
      "patternProperties": {
        "^x-": {
          "description": "An extension: pfplan keeps it and ignores it."
        }
      },
      "additionalProperties": false
    },
    "leadership": {
      "description": "The city-led leadership group.",
      "type": "object",
      "properties": {
        "name": {
          "description": "The group's name.",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        },
        "meets": {
          "description": "How often it meets.",
          "type": "string",
          "enum": [
            "weekly",
            "fortnightly",
            "monthly",
            "bimonthly",
            "quarterly",
            "twice-yearly",
            "yearly"
          ]
        },
        "charter": {
          "description": "Terms of reference (Markdown).",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        },
        "members": {
          "description": "The seats of the group.",
          "type": "array",
          "items": {
            "description": "A seat in the leadership group.",
            "type": "object",
            "properties": {
              "id": {
                "description": "Unique id of the seat.",
                "type": "string",
                "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
              },
              "name": {
                "description": "The person holding the seat; omit while the seat is vacant.",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              },
              "title": {
                "description": "Their job title.",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              },
              "organization": {
                "description": "The stakeholder id of their organization.",
                "type": "string",
                "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
              },
              "sector": {
                "description": "A sector id of the framework model.",
                "type": "string",
                "enum": [
                  "local-government",
                  "law-enforcement",
                  "justice",
                  "education",
                  "higher-education",
                  "research",
                  "public-health",
                  "mental-health",
                  "health-care",
                  "social-services",
                  "victim-services",
                  "emergency-management",
                  "faith",
                  "civil-society",
                  "civil-rights",
                  "youth",
                  "immigrant-services",
                  "business",
                  "tech",
                  "media"
                ],
                "enumDescriptions": [
                  "Local government",
                  "Law enforcement",
                  "Justice and courts",
                  "Education (K-12)",
                  "Higher education",
                  "Research",
                  "Public health",
                  "Mental health",
                  "Health care",
                  "Social services",
                  "Victim services",
                  "Emergency management",
                  "Faith communities",
                  "Civil society",
                  "Civil rights",
                  "Youth organizations",
                  "Immigrant and refugee services",
                  "Business",
                  "Technology",
                  "Media"
                ]
              },
              "roles": {
                "description": "Role ids of the framework model (chair, coordinator, ...).",
                "type": "array",
                "items": {
                  "type": "string",
                  "enum": [
                    "chair",
                    "coordinator",
                    "evaluation-lead",
                    "communications-lead",
                    "member"
                  ],
                  "enumDescriptions": [
                    "Chair: Convenes and leads the group on behalf of local government.",
                    "Coordinator: Runs the framework day to day and keeps the plan up to date.",
                    "Evaluation lead: Owns monitoring and evaluation of actions against their indicators.",
                    "Communications lead: Leads public and crisis communication for the group.",
                    "Member: Represents a sector or organization in the leadership group."
                  ]
                }
              },
              "contact": {
                "description": "How to reach them; internal unless marked otherwise.",
                "type": "object",
                "properties": {
                  "name": {
                    "description": "Person or desk.",
                    "type": [
                      "string",
                      "number",
                      "boolean"
                    ]
                  },
                  "role": {
                    "description": "What they do.",
                    "type": [
                      "string",
                      "number",
                      "boolean"
                    ]
                  },
                  "email": {
                    "description": "Email address.",
                    "type": "string",
                    "pattern": "^[A-Za-z0-9!$'*+/=^_`{|}~\\u00A0-\\uFFFF-]+(\\.[A-Za-z0-9!$'*+/=^_`{|}~\\u00A0-\\uFFFF-]+)*@[A-Za-z0-9\\u00A0-\\uFFFF]([A-Za-z0-9\\u00A0-\\uFFFF-]*[A-Za-z0-9\\u00A0-\\uFFFF])?(\\.[A-Za-z0-9\\u00A0-\\uFFFF]([A-Za-z0-9\\u00A0-\\uFFFF-]*[A-Za-z0-9\\u00A0-\\uFFFF])?)+$"
                  },
                  "phone": {
                    "description": "Phone number, quoted: \"+1 740 555 0100\".",
                    "type": [
                      "string",
                      "number"
                    ],
                    "pattern": "^[ ()./+xXetEToO-]*([0-9][ ()./+xXetEToO-]*){3,20}$"
                  },
                  "visibility": {
                    "description": "public, internal (the default) or restricted: who may see this contact.",
                    "type": "string",
                    "enum": [
                      "public",
                      "internal",
                      "restricted"
                    ]
                  }
                },
                "patternProperties": {
                  "^x-": {
                    "description": "An extension: pfplan keeps it and ignores it."
                  }
                },
                "additionalProperties": false
              }
            },
            "required": [
              "id",
              "sector"
            ],
            "patternProperties": {
              "^x-": {
                "description": "An extension: pfplan keeps it and ignores it."
              }
            },
            "additionalProperties": false
          }
        },
        "learning": {
          "description": "Sessions on the landscape of hate and extremism and on prevention.",
          "type": "array",
          "items": {
            "description": "A session that builds the group's capacity.",
            "type": "object",
            "properties": {
              "title": {
                "description": "What the session is about.",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              },
              "provider": {
                "description": "The stakeholder (or member) id that gives it.",
                "type": "string",
                "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
              },
              "date": {
                "description": "When (YYYY-MM-DD).",
                "type": "string",
                "format": "date",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
              },
              "status": {
                "description": "planned or done.",
                "type": "string",
                "enum": [
                  "planned",
                  "done"
                ]
              },
              "description": {
                "description": "Details (Markdown).",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              }
            },
            "required": [
              "title"
            ],
            "patternProperties": {
              "^x-": {
                "description": "An extension: pfplan keeps it and ignores it."
              }
            },
            "additionalProperties": false
          }
        }
      },
      "patternProperties": {
        "^x-": {
          "description": "An extension: pfplan keeps it and ignores it."
        }
      },
      "additionalProperties": false
    },
    "stakeholders": {
      "description": "Organizations that take part or can be called on.",
      "type": "array",
      "items": {
        "description": "An organization that takes part or can be called on.",
        "type": "object",
        "properties": {
          "id": {
            "description": "Unique id.",
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
          },
          "name": {
            "description": "The organization's name.",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          },
          "sector": {
            "description": "A sector id of the framework model.",
            "type": "string",
            "enum": [
              "local-government",
              "law-enforcement",
              "justice",
              "education",
              "higher-education",
              "research",
              "public-health",
              "mental-health",
              "health-care",
              "social-services",
              "victim-services",
              "emergency-management",
              "faith",
              "civil-society",
              "civil-rights",
              "youth",
              "immigrant-services",
              "business",
              "tech",
              "media"
            ],
            "enumDescriptions": [
              "Local government",
              "Law enforcement",
              "Justice and courts",
              "Education (K-12)",
              "Higher education",
              "Research",
              "Public health",
              "Mental health",
              "Health care",
              "Social services",
              "Victim services",
              "Emergency management",
              "Faith communities",
              "Civil society",
              "Civil rights",
              "Youth organizations",
              "Immigrant and refugee services",
              "Business",
              "Technology",
              "Media"
            ]
          },
          "description": {
            "description": "What it does in the framework (Markdown).",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          },
          "website": {
            "description": "Its web site.",
            "type": "string",
            "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://([^/?# <>\"\\r\\n]*\\.[^/?# <>\"\\r\\n]*|localhost[^/?# <>\"\\r\\n]*)([/?#][^ <>\"\\r\\n]*)?$"
          },
          "address": {
            "description": "Postal address.",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          },
          "stages": {
            "description": "Stages where it contributes. Model default: assess, primary, secondary, tertiary, post-incident. Model welcoming: government-leadership, equitable-access, civic-engagement, connected-communities, education, economic-development, safe-communities.",
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "assess",
                "primary",
                "secondary",
                "tertiary",
                "post-incident",
                "government-leadership",
                "equitable-access",
                "civic-engagement",
                "connected-communities",
                "education",
                "economic-development",
                "safe-communities"
              ],
              "enumDescriptions": [
                "Needs and vulnerabilities assessment (model default): Map, with the communities concerned, local threats and their drivers, groups at risk, service gaps and the prevention assets already there.",
                "Primary prevention (model default): Population-wide awareness, education, community engagement, social cohesion, digital literacy and bystander training, online and offline.",
                "Secondary prevention (model default): Detect and mitigate risk early through voluntary referral pathways, behavioral threat assessment and management, and psychosocial support.",
                "Tertiary prevention (model default): Where risk already exists: disengagement, rehabilitation, reintegration and recidivism reduction, including exit programs run by civil society.",
                "Preparedness, response and recovery (model default): Before an incident, protective security and exercises; after it, coordination, crisis communication, support for affected communities, healing, and reducing the risk of escalation.",
                "Government leadership (model welcoming): Local government commits to inclusion through leadership, policy, dedicated staff and coordination across departments.",
                "Equitable access (model welcoming): Immigrants can reach public services, programs and information in their languages and without barriers.",
                "Civic engagement (model welcoming): Immigrants take part in civic life: naturalisation, voting where eligible, boards and commissions, and community leadership.",
                "Connected communities (model welcoming): Relationships and trust are built between immigrant and long-time residents through shared spaces, events and dialogue.",
                "Education (model welcoming): Immigrants have access to learning from early childhood through adult education and English-language learning.",
                "Economic development (model welcoming): Immigrant workers and entrepreneurs can use their skills, credentials and ideas, and share in local prosperity.",
                "Safe communities (model welcoming): Immigrant residents trust and are protected by local police, courts and emergency services."
              ]
            }
          },
          "languages": {
            "description": "Languages it works in.",
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
            }
          },
          "contacts": {
            "description": "People or desks to reach.",
            "type": "array",
            "items": {
              "description": "A way to reach a person or desk.",
              "type": "object",
              "properties": {
                "name": {
                  "description": "Person or desk.",
                  "type": [
                    "string",
                    "number",
                    "boolean"
                  ]
                },
                "role": {
                  "description": "What they do.",
                  "type": [
                    "string",
                    "number",
                    "boolean"
                  ]
                },
                "email": {
                  "description": "Email address.",
                  "type": "string",
                  "pattern": "^[A-Za-z0-9!$'*+/=^_`{|}~\\u00A0-\\uFFFF-]+(\\.[A-Za-z0-9!$'*+/=^_`{|}~\\u00A0-\\uFFFF-]+)*@[A-Za-z0-9\\u00A0-\\uFFFF]([A-Za-z0-9\\u00A0-\\uFFFF-]*[A-Za-z0-9\\u00A0-\\uFFFF])?(\\.[A-Za-z0-9\\u00A0-\\uFFFF]([A-Za-z0-9\\u00A0-\\uFFFF-]*[A-Za-z0-9\\u00A0-\\uFFFF])?)+$"
                },
                "phone": {
                  "description": "Phone number, quoted: \"+1 740 555 0100\".",
                  "type": [
                    "string",
                    "number"
                  ],
                  "pattern": "^[ ()./+xXetEToO-]*([0-9][ ()./+xXetEToO-]*){3,20}$"
                },
                "visibility": {
                  "description": "public, internal (the default) or restricted: who may see this contact.",
                  "type": "string",
                  "enum": [
                    "public",
                    "internal",
                    "restricted"
                  ]
                }
              },
              "patternProperties": {
                "^x-": {
                  "description": "An extension: pfplan keeps it and ignores it."
                }
              },
              "additionalProperties": false
            }
          }
        },
        "required": [
          "id",
          "name",
          "sector"
        ],
        "patternProperties": {
          "^x-": {
            "description": "An extension: pfplan keeps it and ignores it."
          }
        },
        "additionalProperties": false
      }
    },
    "resources": {
      "description": "The resource directory.",
      "type": "array",
      "items": {
        "description": "A program, service, hotline, training, funding, guidance or data source.",
        "type": "object",
        "properties": {
          "id": {
            "description": "Unique id.",
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
          },
          "name": {
            "description": "The resource's name.",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          },
          "kind": {
            "description": "program, service, hotline, training, funding, guidance or data.",
            "type": "string",
            "enum": [
              "program",
              "service",
              "hotline",
              "training",
              "funding",
              "guidance",
              "data"
            ]
          },
          "provider": {
            "description": "The stakeholder id of the provider (optional for national resources).",
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
          },
          "stages": {
            "description": "Stages it serves. Model default: assess, primary, secondary, tertiary, post-incident. Model welcoming: government-leadership, equitable-access, civic-engagement, connected-communities, education, economic-development, safe-communities.",
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "assess",
                "primary",
                "secondary",
                "tertiary",
                "post-incident",
                "government-leadership",
                "equitable-access",
                "civic-engagement",
                "connected-communities",
                "education",
                "economic-development",
                "safe-communities"
              ],
              "enumDescriptions": [
                "Needs and vulnerabilities assessment (model default): Map, with the communities concerned, local threats and their drivers, groups at risk, service gaps and the prevention assets already there.",
                "Primary prevention (model default): Population-wide awareness, education, community engagement, social cohesion, digital literacy and bystander training, online and offline.",
                "Secondary prevention (model default): Detect and mitigate risk early through voluntary referral pathways, behavioral threat assessment and management, and psychosocial support.",
                "Tertiary prevention (model default): Where risk already exists: disengagement, rehabilitation, reintegration and recidivism reduction, including exit programs run by civil society.",
                "Preparedness, response and recovery (model default): Before an incident, protective security and exercises; after it, coordination, crisis communication, support for affected communities, healing, and reducing the risk of escalation.",
                "Government leadership (model welcoming): Local government commits to inclusion through leadership, policy, dedicated staff and coordination across departments.",
                "Equitable access (model welcoming): Immigrants can reach public services, programs and information in their languages and without barriers.",
                "Civic engagement (model welcoming): Immigrants take part in civic life: naturalisation, voting where eligible, boards and commissions, and community leadership.",
                "Connected communities (model welcoming): Relationships and trust are built between immigrant and long-time residents through shared spaces, events and dialogue.",
                "Education (model welcoming): Immigrants have access to learning from early childhood through adult education and English-language learning.",
                "Economic development (model welcoming): Immigrant workers and entrepreneurs can use their skills, credentials and ideas, and share in local prosperity.",
                "Safe communities (model welcoming): Immigrant residents trust and are protected by local police, courts and emergency services."
              ]
            }
          },
          "audiences": {
            "description": "Audiences it serves. Model default: general-public, youth, parents, educators, faith-communities, immigrants-refugees, lgbtq, racial-ethnic-minorities, religious-minorities, people-at-risk, victims, practitioners, online-communities, adults, native-communities, women-girls, veterans, people-with-disabilities, public-officials. Model welcoming: general-public, youth, parents, educators, faith-communities, immigrants-refugees, lgbtq, racial-ethnic-minorities, religious-minorities, victims, practitioners, online-communities, adults, native-communities, women-girls, veterans, people-with-disabilities, public-officials.",
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "general-public",
                "youth",
                "parents",
                "educators",
                "faith-communities",
                "immigrants-refugees",
                "lgbtq",
                "racial-ethnic-minorities",
                "religious-minorities",
                "people-at-risk",
                "victims",
                "practitioners",
                "online-communities",
                "adults",
                "native-communities",
                "women-girls",
                "veterans",
                "people-with-disabilities",
                "public-officials"
              ],
              "enumDescriptions": [
                "General public",
                "Youth",
                "Parents and caregivers",
                "Educators",
                "Faith communities",
                "Immigrants and refugees",
                "LGBTQ+ people",
                "Racial and ethnic minorities",
                "Religious minorities",
                "People referred for support (model default)",
                "Victims and survivors",
                "Practitioners",
                "Online communities",
                "Adults",
                "Native and Indigenous communities",
                "Women and girls",
                "Veterans",
                "People with disabilities",
                "Public officials"
              ]
            }
          },
          "languages": {
            "description": "Languages it is offered in.",
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
            }
          },
          "cost": {
            "description": "free, low-cost or fee.",
            "type": "string",
            "enum": [
              "free",
              "low-cost",
              "fee"
            ]
          },
          "access": {
            "description": "How to reach it: url, phone, email, address, hours.",
            "type": "object",
            "properties": {
              "url": {
                "description": "Web address.",
                "type": "string",
                "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://([^/?# <>\"\\r\\n]*\\.[^/?# <>\"\\r\\n]*|localhost[^/?# <>\"\\r\\n]*)([/?#][^ <>\"\\r\\n]*)?$"
              },
              "phone": {
                "description": "Phone number, quoted.",
                "type": [
                  "string",
                  "number"
                ],
                "pattern": "^[ ()./+xXetEToO-]*([0-9][ ()./+xXetEToO-]*){3,20}$"
              },
              "email": {
                "description": "Email address.",
                "type": "string",
                "pattern": "^[A-Za-z0-9!$'*+/=^_`{|}~\\u00A0-\\uFFFF-]+(\\.[A-Za-z0-9!$'*+/=^_`{|}~\\u00A0-\\uFFFF-]+)*@[A-Za-z0-9\\u00A0-\\uFFFF]([A-Za-z0-9\\u00A0-\\uFFFF-]*[A-Za-z0-9\\u00A0-\\uFFFF])?(\\.[A-Za-z0-9\\u00A0-\\uFFFF]([A-Za-z0-9\\u00A0-\\uFFFF-]*[A-Za-z0-9\\u00A0-\\uFFFF])?)+$"
              },
              "address": {
                "description": "Where to go in person.",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              },
              "hours": {
                "description": "Opening hours, such as 24/7.",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              }
            },
            "patternProperties": {
              "^x-": {
                "description": "An extension: pfplan keeps it and ignores it."
              }
            },
            "additionalProperties": false
          },
          "description": {
            "description": "What it offers (Markdown).",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          }
        },
        "required": [
          "id",
          "name",
          "kind"
        ],
        "patternProperties": {
          "^x-": {
            "description": "An extension: pfplan keeps it and ignores it."
          }
        },
        "additionalProperties": false
      }
    },
    "actions": {
      "description": "What the city will do, per stage.",
      "type": "array",
      "items": {
        "description": "What the city will do, in one stage of the framework.",
        "type": "object",
        "properties": {
          "id": {
            "description": "Unique id.",
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
          },
          "title": {
            "description": "What will be done.",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          },
          "stage": {
            "description": "A stage id of the framework model. Model default: assess, primary, secondary, tertiary, post-incident. Model welcoming: government-leadership, equitable-access, civic-engagement, connected-communities, education, economic-development, safe-communities.",
            "type": "string",
            "enum": [
              "assess",
              "primary",
              "secondary",
              "tertiary",
              "post-incident",
              "government-leadership",
              "equitable-access",
              "civic-engagement",
              "connected-communities",
              "education",
              "economic-development",
              "safe-communities"
            ],
            "enumDescriptions": [
              "Needs and vulnerabilities assessment (model default): Map, with the communities concerned, local threats and their drivers, groups at risk, service gaps and the prevention assets already there.",
              "Primary prevention (model default): Population-wide awareness, education, community engagement, social cohesion, digital literacy and bystander training, online and offline.",
              "Secondary prevention (model default): Detect and mitigate risk early through voluntary referral pathways, behavioral threat assessment and management, and psychosocial support.",
              "Tertiary prevention (model default): Where risk already exists: disengagement, rehabilitation, reintegration and recidivism reduction, including exit programs run by civil society.",
              "Preparedness, response and recovery (model default): Before an incident, protective security and exercises; after it, coordination, crisis communication, support for affected communities, healing, and reducing the risk of escalation.",
              "Government leadership (model welcoming): Local government commits to inclusion through leadership, policy, dedicated staff and coordination across departments.",
              "Equitable access (model welcoming): Immigrants can reach public services, programs and information in their languages and without barriers.",
              "Civic engagement (model welcoming): Immigrants take part in civic life: naturalisation, voting where eligible, boards and commissions, and community leadership.",
              "Connected communities (model welcoming): Relationships and trust are built between immigrant and long-time residents through shared spaces, events and dialogue.",
              "Education (model welcoming): Immigrants have access to learning from early childhood through adult education and English-language learning.",
              "Economic development (model welcoming): Immigrant workers and entrepreneurs can use their skills, credentials and ideas, and share in local prosperity.",
              "Safe communities (model welcoming): Immigrant residents trust and are protected by local police, courts and emergency services."
            ]
          },
          "strategy": {
            "description": "A strategy id, when the plan has pillars.",
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
          },
          "lead": {
            "description": "The member or stakeholder id that leads it.",
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
          },
          "partners": {
            "description": "Member or stakeholder ids of partners.",
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
            }
          },
          "resources": {
            "description": "Resource ids it draws on.",
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
            }
          },
          "audiences": {
            "description": "Audience ids it serves. Model default: general-public, youth, parents, educators, faith-communities, immigrants-refugees, lgbtq, racial-ethnic-minorities, religious-minorities, people-at-risk, victims, practitioners, online-communities, adults, native-communities, women-girls, veterans, people-with-disabilities, public-officials. Model welcoming: general-public, youth, parents, educators, faith-communities, immigrants-refugees, lgbtq, racial-ethnic-minorities, religious-minorities, victims, practitioners, online-communities, adults, native-communities, women-girls, veterans, people-with-disabilities, public-officials.",
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "general-public",
                "youth",
                "parents",
                "educators",
                "faith-communities",
                "immigrants-refugees",
                "lgbtq",
                "racial-ethnic-minorities",
                "religious-minorities",
                "people-at-risk",
                "victims",
                "practitioners",
                "online-communities",
                "adults",
                "native-communities",
                "women-girls",
                "veterans",
                "people-with-disabilities",
                "public-officials"
              ],
              "enumDescriptions": [
                "General public",
                "Youth",
                "Parents and caregivers",
                "Educators",
                "Faith communities",
                "Immigrants and refugees",
                "LGBTQ+ people",
                "Racial and ethnic minorities",
                "Religious minorities",
                "People referred for support (model default)",
                "Victims and survivors",
                "Practitioners",
                "Online communities",
                "Adults",
                "Native and Indigenous communities",
                "Women and girls",
                "Veterans",
                "People with disabilities",
                "Public officials"
              ]
            }
          },
          "start": {
            "description": "Start date (YYYY-MM-DD).",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
          },
          "due": {
            "description": "Due date (YYYY-MM-DD).",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
          },
          "status": {
            "description": "planned, in-progress, done, blocked or dropped.",
            "type": "string",
            "enum": [
              "planned",
              "in-progress",
              "done",
              "blocked",
              "dropped"
            ]
          },
          "budget": {
            "description": "Amount and currency.",
            "type": "object",
            "properties": {
              "amount": {
                "description": "The amount.",
                "type": "number"
              },
              "currency": {
                "description": "ISO 4217 code, such as USD.",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              }
            },
            "required": [
              "amount"
            ],
            "patternProperties": {
              "^x-": {
                "description": "An extension: pfplan keeps it and ignores it."
              }
            },
            "additionalProperties": false
          },
          "description": {
            "description": "Details (Markdown).",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          },
          "indicators": {
            "description": "How progress is measured; output indicators unless marked otherwise.",
            "type": "array",
            "items": {
              "description": "How progress is measured.",
              "type": "object",
              "properties": {
                "id": {
                  "description": "Unique id.",
                  "type": "string",
                  "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
                },
                "name": {
                  "description": "What is measured.",
                  "type": [
                    "string",
                    "number",
                    "boolean"
                  ]
                },
                "kind": {
                  "description": "output (what was done) or outcome (what changed); outcome under an objective, output under an action.",
                  "type": "string",
                  "enum": [
                    "output",
                    "outcome"
                  ]
                },
                "unit": {
                  "description": "Unit of the figures (people, sessions, %).",
                  "type": [
                    "string",
                    "number",
                    "boolean"
                  ]
                },
                "baseline": {
                  "description": "The figure at the start.",
                  "type": "number"
                },
                "target": {
                  "description": "The figure aimed for.",
                  "type": "number"
                },
                "actual": {
                  "description": "The latest figure.",
                  "type": "number"
                },
                "source": {
                  "description": "Where the figures come from.",
                  "type": [
                    "string",
                    "number",
                    "boolean"
                  ]
                },
                "collected-by": {
                  "description": "The member or stakeholder id that collects the figures.",
                  "type": "string",
                  "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
                },
                "frequency": {
                  "description": "monthly, quarterly, twice-yearly, yearly or once.",
                  "type": "string",
                  "enum": [
                    "monthly",
                    "quarterly",
                    "twice-yearly",
                    "yearly",
                    "once"
                  ]
                }
              },
              "required": [
                "id",
                "name"
              ],
              "patternProperties": {
                "^x-": {
                  "description": "An extension: pfplan keeps it and ignores it."
                }
              },
              "additionalProperties": false
            }
          },
          "objectives": {
            "description": "Objective ids this action serves.",
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
            }
          },
          "addresses": {
            "description": "Threat and service-gap ids of the assessment it answers.",
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
            }
          },
          "funding": {
            "description": "Funding source ids that pay for it.",
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
            }
          }
        },
        "required": [
          "id",
          "title",
          "stage",
          "lead"
        ],
        "patternProperties": {
          "^x-": {
            "description": "An extension: pfplan keeps it and ignores it."
          }
        },
        "additionalProperties": false
      }
    },
    "pathways": {
      "description": "Referral pathways: how a concern about a person reaches help.",
      "type": "array",
      "items": {
        "description": "A referral pathway: how a concern about a person reaches help.",
        "type": "object",
        "properties": {
          "id": {
            "description": "Unique id.",
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
          },
          "title": {
            "description": "The pathway's name.",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          },
          "stage": {
            "description": "A stage id of the framework model. Model default: assess, primary, secondary, tertiary, post-incident. Model welcoming: government-leadership, equitable-access, civic-engagement, connected-communities, education, economic-development, safe-communities.",
            "type": "string",
            "enum": [
              "assess",
              "primary",
              "secondary",
              "tertiary",
              "post-incident",
              "government-leadership",
              "equitable-access",
              "civic-engagement",
              "connected-communities",
              "education",
              "economic-development",
              "safe-communities"
            ],
            "enumDescriptions": [
              "Needs and vulnerabilities assessment (model default): Map, with the communities concerned, local threats and their drivers, groups at risk, service gaps and the prevention assets already there.",
              "Primary prevention (model default): Population-wide awareness, education, community engagement, social cohesion, digital literacy and bystander training, online and offline.",
              "Secondary prevention (model default): Detect and mitigate risk early through voluntary referral pathways, behavioral threat assessment and management, and psychosocial support.",
              "Tertiary prevention (model default): Where risk already exists: disengagement, rehabilitation, reintegration and recidivism reduction, including exit programs run by civil society.",
              "Preparedness, response and recovery (model default): Before an incident, protective security and exercises; after it, coordination, crisis communication, support for affected communities, healing, and reducing the risk of escalation.",
              "Government leadership (model welcoming): Local government commits to inclusion through leadership, policy, dedicated staff and coordination across departments.",
              "Equitable access (model welcoming): Immigrants can reach public services, programs and information in their languages and without barriers.",
              "Civic engagement (model welcoming): Immigrants take part in civic life: naturalisation, voting where eligible, boards and commissions, and community leadership.",
              "Connected communities (model welcoming): Relationships and trust are built between immigrant and long-time residents through shared spaces, events and dialogue.",
              "Education (model welcoming): Immigrants have access to learning from early childhood through adult education and English-language learning.",
              "Economic development (model welcoming): Immigrant workers and entrepreneurs can use their skills, credentials and ideas, and share in local prosperity.",
              "Safe communities (model welcoming): Immigrant residents trust and are protected by local police, courts and emergency services."
            ]
          },
          "referrers": {
            "description": "Member or stakeholder ids of those who may refer.",
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
            }
          },
          "intake": {
            "description": "The member or stakeholder id of the single point of contact.",
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
          },
          "team": {
            "description": "Member or stakeholder ids of the multidisciplinary team that assesses and manages cases.",
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
            }
          },
          "access": {
            "description": "How to reach the intake; internal unless marked otherwise.",
            "type": "object",
            "properties": {
              "phone": {
                "description": "Phone number, quoted: \"+1 740 555 0190\".",
                "type": [
                  "string",
                  "number"
                ],
                "pattern": "^[ ()./+xXetEToO-]*([0-9][ ()./+xXetEToO-]*){3,20}$"
              },
              "email": {
                "description": "Email address.",
                "type": "string",
                "pattern": "^[A-Za-z0-9!$'*+/=^_`{|}~\\u00A0-\\uFFFF-]+(\\.[A-Za-z0-9!$'*+/=^_`{|}~\\u00A0-\\uFFFF-]+)*@[A-Za-z0-9\\u00A0-\\uFFFF]([A-Za-z0-9\\u00A0-\\uFFFF-]*[A-Za-z0-9\\u00A0-\\uFFFF])?(\\.[A-Za-z0-9\\u00A0-\\uFFFF]([A-Za-z0-9\\u00A0-\\uFFFF-]*[A-Za-z0-9\\u00A0-\\uFFFF])?)+$"
              },
              "url": {
                "description": "Web address of a referral form.",
                "type": "string",
                "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://([^/?# <>\"\\r\\n]*\\.[^/?# <>\"\\r\\n]*|localhost[^/?# <>\"\\r\\n]*)([/?#][^ <>\"\\r\\n]*)?$"
              },
              "address": {
                "description": "Where to go in person.",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              },
              "hours": {
                "description": "When it answers, such as Mon-Fri 8-18.",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              },
              "visibility": {
                "description": "public, internal (the default) or restricted: who may see this way in.",
                "type": "string",
                "enum": [
                  "public",
                  "internal",
                  "restricted"
                ]
              }
            },
            "patternProperties": {
              "^x-": {
                "description": "An extension: pfplan keeps it and ignores it."
              }
            },
            "additionalProperties": false
          },
          "consent": {
            "description": "How consent is sought, and what happens without it (Markdown).",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          },
          "police-threshold": {
            "description": "When law enforcement is told (Markdown).",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          },
          "agreement": {
            "description": "The id of the information-sharing agreement covering the team.",
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
          },
          "follow-up-months": {
            "description": "Case reviews after closure, in months.",
            "type": "array",
            "items": {
              "type": "integer",
              "minimum": 1
            }
          },
          "exit": {
            "description": "How a case closes and what is kept (Markdown).",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          },
          "description": {
            "description": "Details (Markdown).",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          }
        },
        "required": [
          "id",
          "title",
          "stage"
        ],
        "patternProperties": {
          "^x-": {
            "description": "An extension: pfplan keeps it and ignores it."
          }
        },
        "additionalProperties": false
      }
    },
    "agreements": {
      "description": "Information-sharing agreements and memoranda.",
      "type": "array",
      "items": {
        "description": "An information-sharing agreement or memorandum between parties.",
        "type": "object",
        "properties": {
          "id": {
            "description": "Unique id.",
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
          },
          "title": {
            "description": "The agreement's name.",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          },
          "kind": {
            "description": "information-sharing, mou, data-processing or mutual-aid.",
            "type": "string",
            "enum": [
              "information-sharing",
              "mou",
              "data-processing",
              "mutual-aid"
            ]
          },
          "parties": {
            "description": "Member or stakeholder ids of the parties.",
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
            }
          },
          "basis": {
            "description": "Legal bases: consent, ferpa, hipaa, 42-cfr-2, cjis, 28-cfr-23, state-law, other.",
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "consent",
                "ferpa",
                "hipaa",
                "42-cfr-2",
                "cjis",
                "28-cfr-23",
                "state-law",
                "other"
              ]
            }
          },
          "status": {
            "description": "draft, negotiating, signed or expired.",
            "type": "string",
            "enum": [
              "draft",
              "negotiating",
              "signed",
              "expired"
            ]
          },
          "signed": {
            "description": "When it was signed (YYYY-MM-DD).",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
          },
          "expires": {
            "description": "When it expires (YYYY-MM-DD).",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
          },
          "retention": {
            "description": "How long records are kept, and how they are deleted (Markdown).",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          },
          "description": {
            "description": "Details (Markdown).",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          }
        },
        "required": [
          "id",
          "title"
        ],
        "patternProperties": {
          "^x-": {
            "description": "An extension: pfplan keeps it and ignores it."
          }
        },
        "additionalProperties": false
      }
    },
    "safeguards": {
      "description": "Civil-rights safeguards: commitments, oversight, complaint route.",
      "type": "object",
      "properties": {
        "statement": {
          "description": "The commitments (Markdown).",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        },
        "oversight": {
          "description": "The stakeholder id of the body that checks that the commitments hold.",
          "type": "string",
          "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
        },
        "complaints": {
          "description": "The complaint route: email, phone or url. Public in every edition.",
          "type": "object",
          "properties": {
            "email": {
              "description": "Email address.",
              "type": "string",
              "pattern": "^[A-Za-z0-9!$'*+/=^_`{|}~\\u00A0-\\uFFFF-]+(\\.[A-Za-z0-9!$'*+/=^_`{|}~\\u00A0-\\uFFFF-]+)*@[A-Za-z0-9\\u00A0-\\uFFFF]([A-Za-z0-9\\u00A0-\\uFFFF-]*[A-Za-z0-9\\u00A0-\\uFFFF])?(\\.[A-Za-z0-9\\u00A0-\\uFFFF]([A-Za-z0-9\\u00A0-\\uFFFF-]*[A-Za-z0-9\\u00A0-\\uFFFF])?)+$"
            },
            "phone": {
              "description": "Phone number, quoted.",
              "type": [
                "string",
                "number"
              ],
              "pattern": "^[ ()./+xXetEToO-]*([0-9][ ()./+xXetEToO-]*){3,20}$"
            },
            "url": {
              "description": "Web address of a complaint form.",
              "type": "string",
              "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://([^/?# <>\"\\r\\n]*\\.[^/?# <>\"\\r\\n]*|localhost[^/?# <>\"\\r\\n]*)([/?#][^ <>\"\\r\\n]*)?$"
            }
          },
          "patternProperties": {
            "^x-": {
              "description": "An extension: pfplan keeps it and ignores it."
            }
          },
          "additionalProperties": false
        }
      },
      "patternProperties": {
        "^x-": {
          "description": "An extension: pfplan keeps it and ignores it."
        }
      },
      "additionalProperties": false
    },
    "funding": {
      "description": "Funding sources.",
      "type": "array",
      "items": {
        "description": "Money that pays for actions.",
        "type": "object",
        "properties": {
          "id": {
            "description": "Unique id; actions name it under 'funding'.",
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"
          },
          "source": {
            "description": "Who gives it, and under which program.",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          },
          "kind": {
            "description": "federal, state, county, city, philanthropic, private or in-kind.",
            "type": "string",
            "enum": [
              "federal",
              "state",
              "county",
              "city",
              "philanthropic",
              "private",
              "in-kind"
            ]
          },
          "amount": {
            "description": "Amount and currency.",
            "type": "object",
            "properties": {
              "amount": {
                "description": "The amount.",
                "type": "number"
              },
              "currency": {
                "description": "ISO 4217 code, such as USD.",
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              }
            },
            "required": [
              "amount"
            ],
            "patternProperties": {
              "^x-": {
                "description": "An extension: pfplan keeps it and ignores it."
              }
            },
            "additionalProperties": false
          },
          "start": {
            "description": "First day it pays for (YYYY-MM-DD).",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
          },
          "end": {
            "description": "Last day it pays for (YYYY-MM-DD).",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
          },
          "status": {
            "description": "applied, awarded, committed or ended.",
            "type": "string",
            "enum": [
              "applied",
              "awarded",
              "committed",
              "ended"
            ]
          },
          "description": {
            "description": "Details (Markdown).",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          }
        },
        "required": [
          "id",
          "source"
        ],
        "patternProperties": {
          "^x-": {
            "description": "An extension: pfplan keeps it and ignores it."
          }
        },
        "additionalProperties": false
      }
    },
    "waivers": {
      "description": "Findings the group has accepted, with reasons.",
      "type": "array",
      "items": {
        "description": "A finding the group discussed and accepted.",
        "type": "object",
        "properties": {
          "rule": {
            "description": "The rule id, such as coverage/stage-missing-sector.",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          },
          "target": {
            "description": "The id the finding is about; omit to waive every finding of the rule.",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          },
          "reason": {
            "description": "Why the finding is accepted (required).",
            "type": [
              "string",
              "number",
              "boolean"
            ]
          },
          "until": {
            "description": "After this date the finding returns.",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
          }
        },
        "required": [
          "rule"
        ],
        "patternProperties": {
          "^x-": {
            "description": "An extension: pfplan keeps it and ignores it."
          }
        },
        "additionalProperties": false
      }
    },
    "pledge": {
      "description": "A city pledge under the Global Compact for Migration.",
      "type": "object",
      "properties": {
        "title": {
          "description": "Title of the pledge.",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        },
        "entity": {
          "description": "The pledging entity.",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        },
        "entity-type": {
          "description": "Kind of entity, such as local-authority.",
          "type": "string",
          "enum": [
            "member-state",
            "local-authority",
            "civil-society",
            "private-sector",
            "academia",
            "trade-union",
            "international-organization",
            "migrant-organization",
            "other"
          ]
        },
        "contact": {
          "description": "Who submits it.",
          "type": "object",
          "properties": {
            "name": {
              "description": "Name.",
              "type": [
                "string",
                "number",
                "boolean"
              ]
            },
            "position": {
              "description": "Position.",
              "type": [
                "string",
                "number",
                "boolean"
              ]
            },
            "email": {
              "description": "Email address.",
              "type": "string",
              "pattern": "^[A-Za-z0-9!$'*+/=^_`{|}~\\u00A0-\\uFFFF-]+(\\.[A-Za-z0-9!$'*+/=^_`{|}~\\u00A0-\\uFFFF-]+)*@[A-Za-z0-9\\u00A0-\\uFFFF]([A-Za-z0-9\\u00A0-\\uFFFF-]*[A-Za-z0-9\\u00A0-\\uFFFF])?(\\.[A-Za-z0-9\\u00A0-\\uFFFF]([A-Za-z0-9\\u00A0-\\uFFFF-]*[A-Za-z0-9\\u00A0-\\uFFFF])?)+$"
            },
            "phone": {
              "description": "Phone number.",
              "type": [
                "string",
                "number"
              ],
              "pattern": "^[ ()./+xXetEToO-]*([0-9][ ()./+xXetEToO-]*){3,20}$"
            },
            "visibility": {
              "description": "public, internal (the default) or restricted.",
              "type": "string",
              "enum": [
                "public",
                "internal",
                "restricted"
              ]
            }
          },
          "patternProperties": {
            "^x-": {
              "description": "An extension: pfplan keeps it and ignores it."
            }
          },
          "additionalProperties": false
        },
        "country": {
          "description": "Country of implementation; should be the city's.",
          "type": "string",
          "enum": [
            "AD",
            "AE",
            "AF",
            "AG",
            "AI",
            "AL",
            "AM",
            "AO",
            "AQ",
            "AR",
            "AS",
            "AT",
            "AU",
            "AW",
            "AX",
            "AZ",
            "BA",
            "BB",
            "BD",
            "BE",
            "BF",
            "BG",
            "BH",
            "BI",
            "BJ",
            "BL",
            "BM",
            "BN",
            "BO",
            "BQ",
            "BR",
            "BS",
            "BT",
            "BV",
            "BW",
            "BY",
            "BZ",
            "CA",
            "CC",
            "CD",
            "CF",
            "CG",
            "CH",
            "CI",
            "CK",
            "CL",
            "CM",
            "CN",
            "CO",
            "CR",
            "CU",
            "CV",
            "CW",
            "CX",
            "CY",
            "CZ",
            "DE",
            "DJ",
            "DK",
            "DM",
            "DO",
            "DZ",
            "EC",
            "EE",
            "EG",
            "EH",
            "ER",
            "ES",
            "ET",
            "FI",
            "FJ",
            "FK",
            "FM",
            "FO",
            "FR",
            "GA",
            "GB",
            "GD",
            "GE",
            "GF",
            "GG",
            "GH",
            "GI",
            "GL",
            "GM",
            "GN",
            "GP",
            "GQ",
            "GR",
            "GS",
            "GT",
            "GU",
            "GW",
            "GY",
            "HK",
            "HM",
            "HN",
            "HR",
            "HT",
            "HU",
            "ID",
            "IE",
            "IL",
            "IM",
            "IN",
            "IO",
            "IQ",
            "IR",
            "IS",
            "IT",
            "JE",
            "JM",
            "JO",
            "JP",
            "KE",
            "KG",
            "KH",
            "KI",
            "KM",
            "KN",
            "KP",
            "KR",
            "KW",
            "KY",
            "KZ",
            "LA",
            "LB",
            "LC",
            "LI",
            "LK",
            "LR",
            "LS",
            "LT",
            "LU",
            "LV",
            "LY",
            "MA",
            "MC",
            "MD",
            "ME",
            "MF",
            "MG",
            "MH",
            "MK",
            "ML",
            "MM",
            "MN",
            "MO",
            "MP",
            "MQ",
            "MR",
            "MS",
            "MT",
            "MU",
            "MV",
            "MW",
            "MX",
            "MY",
            "MZ",
            "NA",
            "NC",
            "NE",
            "NF",
            "NG",
            "NI",
            "NL",
            "NO",
            "NP",
            "NR",
            "NU",
            "NZ",
            "OM",
            "PA",
            "PE",
            "PF",
            "PG",
            "PH",
            "PK",
            "PL",
            "PM",
            "PN",
            "PR",
            "PS",
            "PT",
            "PW",
            "PY",
            "QA",
            "RE",
            "RO",
            "RS",
            "RU",
            "RW",
            "SA",
            "SB",
            "SC",
            "SD",
            "SE",
            "SG",
            "SH",
            "SI",
            "SJ",
            "SK",
            "SL",
            "SM",
            "SN",
            "SO",
            "SR",
            "SS",
            "ST",
            "SV",
            "SX",
            "SY",
            "SZ",
            "TC",
            "TD",
            "TF",
            "TG",
            "TH",
            "TJ",
            "TK",
            "TL",
            "TM",
            "TN",
            "TO",
            "TR",
            "TT",
            "TV",
            "TW",
            "TZ",
            "UA",
            "UG",
            "UM",
            "US",
            "UY",
            "UZ",
            "VA",
            "VC",
            "VE",
            "VG",
            "VI",
            "VN",
            "VU",
            "WF",
            "WS",
            "YE",
            "YT",
            "ZA",
            "ZM",
            "ZW"
          ]
        },
        "other-countries": {
          "description": "Other countries of implementation (codes, or global).",
          "type": "array",
          "items": {
            "type": [
              "string",
              "number",
              "boolean"
            ]
          }
        },
        "type": {
          "description": "individual, common, partnership or matching.",
          "type": "string",
          "enum": [
            "individual",
            "common",
            "partnership",
            "matching"
          ]
        },
        "nature": {
          "description": "process-oriented, material, financial, policy, other; and structured, the form's mark beside them.",
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "process-oriented",
              "material",
              "financial",
              "policy",
              "other",
              "structured"
            ]
          }
        },
        "objectives": {
          "description": "GCM objectives, 1 to 23; the form asks for the main three.",
          "type": "array",
          "items": {
            "type": "integer",
            "minimum": 1
          }
        },
        "principles": {
          "description": "GCM guiding principles.",
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "people-centred",
              "international-cooperation",
              "national-sovereignty",
              "rule-of-law",
              "sustainable-development",
              "human-rights",
              "gender-responsive",
              "child-sensitive",
              "whole-of-government",
              "whole-of-society"
            ]
          }
        },
        "description": {
          "description": "Description, 300 to 3,000 characters.",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        },
        "expected-impact": {
          "description": "Expected impact.",
          "type": "array",
          "items": {
            "type": [
              "string",
              "number",
              "boolean"
            ]
          }
        },
        "deadline": {
          "description": "Deadline (YYYY-MM-DD).",
          "type": "string",
          "format": "date",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        },
        "gcm-champion": {
          "description": "Is the pledging entity's country a GCM Champion country?",
          "type": "string",
          "enum": [
            "yes",
            "no"
          ]
        },
        "region": {
          "description": "Region of implementation.",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        },
        "secondary-contact": {
          "description": "A second contact person, with a visibility like the first.",
          "type": "object",
          "properties": {
            "name": {
              "description": "Name.",
              "type": [
                "string",
                "number",
                "boolean"
              ]
            },
            "position": {
              "description": "Position.",
              "type": [
                "string",
                "number",
                "boolean"
              ]
            },
            "email": {
              "description": "Email address.",
              "type": "string",
              "pattern": "^[A-Za-z0-9!$'*+/=^_`{|}~\\u00A0-\\uFFFF-]+(\\.[A-Za-z0-9!$'*+/=^_`{|}~\\u00A0-\\uFFFF-]+)*@[A-Za-z0-9\\u00A0-\\uFFFF]([A-Za-z0-9\\u00A0-\\uFFFF-]*[A-Za-z0-9\\u00A0-\\uFFFF])?(\\.[A-Za-z0-9\\u00A0-\\uFFFF]([A-Za-z0-9\\u00A0-\\uFFFF-]*[A-Za-z0-9\\u00A0-\\uFFFF])?)+$"
            },
            "phone": {
              "description": "Phone number.",
              "type": [
                "string",
                "number"
              ],
              "pattern": "^[ ()./+xXetEToO-]*([0-9][ ()./+xXetEToO-]*){3,20}$"
            },
            "visibility": {
              "description": "public, internal (the default) or restricted.",
              "type": "string",
              "enum": [
                "public",
                "internal",
                "restricted"
              ]
            }
          },
          "patternProperties": {
            "^x-": {
              "description": "An extension: pfplan keeps it and ignores it."
            }
          },
          "additionalProperties": false
        },
        "mirror-pledge": {
          "description": "Is it also a pledge under the Global Compact on Refugees?",
          "type": "string",
          "enum": [
            "yes",
            "no"
          ]
        },
        "participating": {
          "description": "Other states and actors of a common pledge or a pledge in partnership.",
          "type": "array",
          "items": {
            "type": [
              "string",
              "number",
              "boolean"
            ]
          }
        },
        "matched-pledge": {
          "description": "Title of the pledge a matching pledge matches.",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        },
        "matched-pledge-id": {
          "description": "ID of the pledge a matching pledge matches.",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        }
      },
      "required": [
        "title",
        "entity"
      ],
      "patternProperties": {
        "^x-": {
          "description": "An extension: pfplan keeps it and ignores it."
        }
      },
      "additionalProperties": false
    }
  },
  "required": [
    "pfplan",
    "city",
    "leadership"
  ],
  "patternProperties": {
    "^x-": {
      "description": "An extension: pfplan keeps it and ignores it."
    }
  },
  "additionalProperties": false
}

"""#,
        "starter/plan.yaml.mustache": #"""
{{% CONTENT_TYPE: YAML}}
# yaml-language-server: $schema={{{schema}}}
#
# {{{comment.city}}}: a starter plan written by `pfplan init` on the
# "{{{comment.modelTitle}}}" model ({{{modelID}}}).
#
# How to use it: replace every TODO with what is true for your city, then
# run `pfplan lint` on this file. It has no errors as written; its warnings
# list what is still to fill in (vacant seats, organizations without a
# contact, actions without an indicator, an objective without a target,
# ...), and `draft/placeholder` counts the TODO markers left. Anything
# still named TODO does not count as done: a stage is covered only by real
# organizations doing real work. A line starting with # is a comment:
# pfplan ignores it. Keys starting with x- are yours to add.
pfplan: 1

city:
  name: "{{city.name}}"
{{#city.hasRegion}}
  region: "{{city.region}}"
{{/city.hasRegion}}
{{^city.hasRegion}}
  # region: TODO              # state or province
{{/city.hasRegion}}
{{#city.hasCountry}}
  country: {{city.country}}
{{/city.hasCountry}}
{{^city.hasCountry}}
  # country: TODO             # ISO 3166-1 two-letter code, such as US
{{/city.hasCountry}}
  languages: [en]             # languages of the plan's documents; the first is the default
  # population: 0             # number of residents

framework:
  model: "{{modelRef}}"
  title: "{{title}}"
  period: {start: {{period.start}}, end: {{period.end}}}   # TODO: the plan's first and last day
  # adopted: {{period.start}}      # the day the plan is adopted; until then it is a draft
  # review: {{period.end}}         # the date of the next scheduled review
  reports-to: "TODO: the body the leadership group answers to, such as the city council"
  need: |
    TODO: the statement of need. What has happened in {{comment.city}}
    (incidents, trends), who is affected, and what is missing today.
    This is Markdown: **bold**, lists with "- " and blank lines between
    paragraphs all work.
  vision: |
    TODO: the vision. What {{comment.city}} will look like when the plan works.
  # Measurable objectives: what the plan will change. Each needs an outcome
  # indicator with a target, and actions name the objectives they serve.
  objectives:
    - id: objective-1
      title: "TODO: what the plan will change, in measurable terms"
      # addresses: [threat-1]     # threat and service-gap ids of the assessment it answers
      indicators:
        - id: objective-1-indicator
          name: "TODO: how the change is measured"
          unit: percent
          baseline: 0
          # target: 50            # TODO: the figure aimed for
          collected-by: {{collectedBy}}
          frequency: yearly       # monthly, quarterly, twice-yearly, yearly or once

assessment:
  summary: |
    TODO: how the needs and vulnerabilities assessment was made (data,
    surveys, listening sessions) and what it found.
  # threats:                 # an id lets objectives and actions say they answer it
  #   - {id: threat-1, title: TODO, trend: rising, targets: [{{{audienceExamples}}}], source: TODO}
  # groups-at-risk: [{{{audienceExamples}}}]               # audience ids of the model
  # service-gaps:
  #   - {id: gap-1, title: TODO, stage: {{{firstStage}}}}
  # assets:                  # what the city can build on
  #   - {title: TODO, stakeholder: TODO}
  # Who was consulted: the communities concerned and the groups at risk.
  consultation:
    - id: consultation-1
      title: "TODO: who was consulted, and how (listening sessions, surveys)"
      # date: {{period.start}}
      # with: [TODO]             # stakeholder ids of the organizations that took part
      # audiences: [{{{audienceExamples}}}]
      # languages: [en]
      # participants: 0

leadership:
  name: "TODO: the name of the leadership group"
  # meets: {{{meets}}}                # TODO: weekly, fortnightly, monthly, bimonthly, quarterly, twice-yearly or yearly
  charter: |
    TODO: the terms of reference: what the group decides, how it works.
  # One seat per role of the model. A seat without a name is vacant: add
  # the name of the person who takes it (and a contact), and set the
  # sector that person represents.
  # learning:                 # sessions that build the group's capacity
  #   - {title: TODO, provider: TODO, date: {{period.start}}, status: planned}
  members:
{{#seats}}
    - id: {{id}}
      # name: TODO            # {{{comment.role}}}
      sector: {{sector}}      # {{{comment.sector}}}
      roles: [{{role}}]
      # contact: {email: TODO, phone: "TODO", visibility: internal}
{{/seats}}

# Organizations that take part, one placeholder per sector the stages of
# the model need. Give each the name of a real organization and at least
# one contact; contacts stay internal unless marked visibility: public.
{{#hasStakeholders}}
stakeholders:
{{/hasStakeholders}}
{{^hasStakeholders}}
stakeholders: []
{{/hasStakeholders}}
{{#stakeholders}}
  - id: {{id}}
    name: "{{name}}"
    sector: {{sector}}{{#comment.alternatives}}        # {{{comment.alternatives}}}{{/comment.alternatives}}
    stages: [{{{stages}}}]
    # website: https://TODO
    # contacts:
    #   - {name: TODO, role: TODO, email: TODO, phone: "TODO", visibility: internal}
{{/stakeholders}}

# Programs, services, hotlines, trainings, funding, guidance and data the
# plan draws on; the stages below that need resources have a placeholder.
{{#hasResources}}
resources:
{{/hasResources}}
{{^hasResources}}
resources: []
{{/hasResources}}
{{#resources}}
  - id: {{id}}
    name: "{{name}}"
    kind: {{kind}}            # {{{comment.kinds}}}
{{#provider}}
    provider: {{provider}}
{{/provider}}
    stages: [{{stage}}]
    # access: {url: https://TODO, phone: "TODO", hours: TODO}
    # audiences: [{{{audienceExamples}}}]
{{/resources}}

# What the city will do, stage by stage. Each stage of the model has as
# many placeholder actions as it needs; add indicators (how progress is
# measured, with a target), dates and a budget.
actions:
{{#stages}}
  # {{{comment.stage}}}
{{#comment.needs}}
  # Needs: {{{comment.needs}}}
{{/comment.needs}}
{{#actions}}
  - id: {{id}}
    title: "{{title}}"
    stage: {{stage}}
    lead: {{lead}}
{{#partners}}
    partners: [{{{partners}}}]
{{/partners}}
    status: planned           # planned, in-progress, done, blocked or dropped
    # start: {{period.start}}
    # due: {{period.end}}
    # objectives: [objective-1]
    # funding: [funding-1]
    # indicators:
    #   - {id: TODO, name: TODO, unit: people, baseline: 0, target: TODO}
{{/actions}}

{{/stages}}
{{#hasPathways}}
# Referral pathways: how a concern about a person reaches help, who may
# refer, the single point of contact, the team, and the rules that keep it
# voluntary and lawful.
pathways:
{{/hasPathways}}
{{#pathways}}
  - id: {{id}}
    title: "{{title}}"
    stage: {{stage}}
    # Who may refer (member or stakeholder ids), the single point of
    # contact, and the team that assesses and manages each case:
    # referrers: [TODO]
{{#intake}}
    intake: {{intake}}
    team: [{{{team}}}]
{{/intake}}
    # access: {phone: "TODO", email: TODO, hours: TODO, visibility: internal}
    consent: |
      TODO: how consent is sought, and what happens without it.
    # police-threshold: |          # needed when law enforcement is the intake or on the team
    #   TODO: when law enforcement is told.
    agreement: {{agreement}}
    follow-up-months: [6, 12]
    exit: |
      TODO: how a case closes, and what is kept.

{{/pathways}}
{{#hasPathways}}
# The information-sharing agreements the pathways work under.
agreements:
{{/hasPathways}}
{{#pathways}}
  - id: {{agreement}}
    title: "TODO: the information-sharing agreement of {{id}}"
    kind: information-sharing      # information-sharing, mou, data-processing or mutual-aid
{{#intake}}
    parties: [{{{team}}}]
{{/intake}}
    basis: [consent]               # consent, ferpa, hipaa, 42-cfr-2, cjis, 28-cfr-23, state-law or other
    status: draft                  # draft, negotiating, signed or expired
    # signed: {{period.start}}
    # expires: {{period.end}}
    # retention: TODO

{{/pathways}}
{{#hasPathways}}
# The civil-rights commitments, who checks them, and where anyone can
# complain (the complaint route is public in every edition).
safeguards:
  statement: |
    TODO: the commitments: who is never referred and why, consent, what is
    kept and for how long, and what is published each year.
  # oversight: TODO                # the stakeholder id of the body that checks the commitments
  # complaints: {email: TODO, phone: "TODO", url: https://TODO}

{{/hasPathways}}
# Who pays for the actions; actions name their sources under funding.
funding:
  - id: funding-1
    source: "TODO: who pays, and under which program"
    kind: city                     # federal, state, county, city, philanthropic, private or in-kind
    # amount: {amount: 0, currency: USD}
    start: {{period.start}}
    end: {{period.end}}
    status: applied                # applied, awarded, committed or ended

# Findings the group has discussed and accepted, each with a reason:
# waivers:
#   - {rule: coverage/stage-missing-sector, target: {{{firstStage}}}, reason: TODO}

"""#,
    ]
}
