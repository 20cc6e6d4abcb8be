// English UI strings, same keys as vi.ts.
import type { vi } from './vi';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const en: Shape<typeof vi> = {
  app: {
    name: 'VocaXR',
    tagline: 'Virtual workshops and vocational skill assessment',
    skipToContent: 'Skip to main content',
    footer: 'VocaXR — open-source virtual-reality platform for vocational training',
  },
  language: { label: 'Language', vi: 'Tiếng Việt', en: 'English' },
  roles: { student: 'Student', teacher: 'Teacher', assessor: 'Assessor', admin: 'Administrator' },
  login: {
    title: 'Sign in',
    intro: 'Practise in virtual workshops on a VR headset or in the browser, take skill exams online and follow your progress.',
    username: 'Username',
    password: 'Password',
    showPassword: 'Show password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    usernameRequired: 'Please enter your username.',
    passwordRequired: 'Please enter your password.',
    demoTitle: 'Demo accounts',
    demoText: 'Password for all: {{password}}',
    features: {
      practice: 'Welding, electrical and fire-safety workshops with live cues',
      exam: 'Remote skill exams scored against the occupational standard',
      certificate: 'Digital learning records and certificates verifiable online',
    },
  },
  header: { signedInAs: 'Signed in as {{name}}', signOut: 'Sign out', home: 'Home' },
  home: {
    greeting: 'Hello, {{name}}',
    loading: 'Loading…',
    retry: 'Try again',
  },
  student: {
    subtitle: 'Pick a workshop to practise. Every action is recorded and scored against the occupational standard.',
    catalogueTitle: 'Workshops',
    emptyCatalogue: 'No workshop is open yet. Please come back later.',
    criteria_one: '{{count}} assessment criterion',
    criteria_other: '{{count}} assessment criteria',
    rubricVersion: 'Standard version {{version}}',
    practise: 'Practise',
    comingSoon: 'Coming soon',
  },
  teacher: {
    subtitle: 'Follow your classes: learners, practice attempts and where the class is weak.',
    classesTitle: 'My classes',
    noClasses: 'You have no classes assigned yet.',
    students_one: '{{count}} learner',
    students_other: '{{count}} learners',
    showStudents: 'Show learners',
    hideStudents: 'Hide learners',
    noStudents: 'This class has no learners yet.',
  },
  assessor: {
    subtitle: 'Schedule skill exams, watch candidates live, mark and sign off results.',
    examsTitle: 'Upcoming exams',
    noExams: 'No exams are scheduled yet.',
    scenesTitle: 'Available tests',
  },
  admin: {
    subtitle: 'Institution overview.',
    overviewTitle: 'Overview',
    classes: 'Classes',
    classesTitle: 'Classes',
    teachers: 'Teachers',
  },
  errors: {
    network: 'The server cannot be reached. Check the network and try again.',
    badCredentials: 'Wrong username or password.',
    rateLimited: 'Too many failed attempts. Please wait 15 minutes and try again.',
    generic: 'Something went wrong ({{code}}). Please try again.',
    forbidden: 'You do not have access to this.',
  },
  notFound: { title: 'Page not found', back: 'Back to home' },
};
