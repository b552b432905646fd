//! The town and its cooperants, drawn with Bevy 2D shapes (made for the project, no outside
//! art): houses of the clients, the coop's office, trees, and one figure per cooperant. Those
//! who worked in the last week walk from the office to a client's house when the season screen
//! opens (the week passing); the others stay at the office; those away are not drawn. A figure's
//! shirt shows its motivation (blue when high, orange when low).

use bevy::prelude::*;
use bevy::window::RequestRedraw;

use super::Screen;
use super::screens::season::TownRect;
use super::state::{Game, Play};
use crate::sim::journal::Ev;

/// The size of the town in world units; the camera fits it into the free part of the window.
const TOWN: Vec2 = Vec2::new(820.0, 520.0);
const OFFICE: Vec2 = Vec2::new(-250.0, 160.0);
const HOUSES: [Vec2; 8] = [
    Vec2::new(-300.0, -150.0),
    Vec2::new(-150.0, -170.0),
    Vec2::new(20.0, -160.0),
    Vec2::new(200.0, -150.0),
    Vec2::new(320.0, -20.0),
    Vec2::new(60.0, 175.0),
    Vec2::new(220.0, 175.0),
    Vec2::new(330.0, 175.0),
];

#[derive(Component)]
struct Figure {
    from: Vec2,
    to: Vec2,
    /// Seconds since the season screen opened.
    age: f32,
    phase: f32,
}

/// The font of the names in the town: Ubuntu Light, the font egui ships (Ubuntu Font Licence
/// 1.0), because Bevy's built-in font has no accented letters (Maëlle, Gwenaël).
#[derive(Resource)]
struct TownFont(Handle<Font>);

pub fn plugin(app: &mut App) {
    let font = app
        .world_mut()
        .resource_mut::<Assets<Font>>()
        .add(Font::from_bytes(epaint_default_fonts::UBUNTU_LIGHT.to_vec()));
    app.insert_resource(TownFont(font))
        .add_systems(Startup, camera)
        .add_systems(OnEnter(Screen::Season), spawn_town)
        .add_systems(Update, (walk, fit_camera).in_set(super::GameSet::Present));
}

fn camera(mut commands: Commands) {
    commands.spawn(Camera2d);
}

fn shape(
    commands: &mut Commands,
    meshes: &mut Assets<Mesh>,
    materials: &mut Assets<ColorMaterial>,
    mesh: Mesh,
    color: Color,
    at: Vec3,
) -> Entity {
    commands
        .spawn((
            Mesh2d(meshes.add(mesh)),
            MeshMaterial2d(materials.add(ColorMaterial::from_color(color))),
            Transform::from_translation(at),
            DespawnOnExit(Screen::Season),
        ))
        .id()
}

fn spawn_town(
    mut commands: Commands,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
    game: Res<Game>,
    font: Res<TownFont>,
) {
    let Some(play) = &game.play else { return };
    let (c, m, mt) = (&mut commands, &mut *meshes, &mut *materials);
    ground_and_roads(c, m, mt);
    trees(c, m, mt);
    houses(c, m, mt);
    office(c, m, mt, &font);
    figures(c, m, mt, play, &font);
}

/// The grass, the two roads and the road's markings.
fn ground_and_roads(c: &mut Commands, m: &mut Assets<Mesh>, mt: &mut Assets<ColorMaterial>) {
    shape(c, m, mt, Rectangle::new(TOWN.x, TOWN.y).into(), Color::srgb(0.56, 0.76, 0.46), Vec3::new(0.0, 0.0, -10.0));
    shape(c, m, mt, Rectangle::new(TOWN.x, 44.0).into(), Color::srgb(0.62, 0.62, 0.6), Vec3::new(0.0, -60.0, -9.0));
    shape(c, m, mt, Rectangle::new(44.0, TOWN.y).into(), Color::srgb(0.62, 0.62, 0.6), Vec3::new(-60.0, 0.0, -9.0));
    for x in (-400..400).step_by(60) {
        shape(
            c,
            m,
            mt,
            Rectangle::new(26.0, 4.0).into(),
            Color::srgb(0.95, 0.95, 0.9),
            Vec3::new(x as f32, -60.0, -8.0),
        );
    }
}

/// The trees, here and there.
fn trees(c: &mut Commands, m: &mut Assets<Mesh>, mt: &mut Assets<ColorMaterial>) {
    for (i, p) in [
        (-380.0, 220.0),
        (-120.0, 220.0),
        (380.0, -220.0),
        (-380.0, -60.0),
        (140.0, 232.0),
        (-230.0, -235.0),
        (385.0, 60.0),
    ]
    .into_iter()
    .enumerate()
    {
        let g = 0.45 + 0.05 * (i % 3) as f32;
        shape(
            c,
            m,
            mt,
            Rectangle::new(8.0, 22.0).into(),
            Color::srgb(0.45, 0.3, 0.15),
            Vec3::new(p.0, p.1 - 18.0, -7.0),
        );
        shape(c, m, mt, Circle::new(24.0).into(), Color::srgb(0.15, g, 0.2), Vec3::new(p.0, p.1, -6.0));
    }
}

/// The clients' houses: walls, roof, door and two windows each.
fn houses(c: &mut Commands, m: &mut Assets<Mesh>, mt: &mut Assets<ColorMaterial>) {
    let walls = [
        Color::srgb(0.95, 0.9, 0.75),
        Color::srgb(0.85, 0.75, 0.6),
        Color::srgb(0.9, 0.85, 0.85),
        Color::srgb(0.8, 0.85, 0.9),
    ];
    for (i, h) in HOUSES.iter().enumerate() {
        shape(c, m, mt, Rectangle::new(76.0, 56.0).into(), walls[i % 4], h.extend(-5.0));
        shape(
            c,
            m,
            mt,
            Triangle2d::new(Vec2::new(0.0, 30.0), Vec2::new(-46.0, -4.0), Vec2::new(46.0, -4.0)).into(),
            Color::srgb(0.65, 0.25, 0.2),
            (*h + Vec2::new(0.0, 32.0)).extend(-4.0),
        );
        shape(
            c,
            m,
            mt,
            Rectangle::new(16.0, 26.0).into(),
            Color::srgb(0.45, 0.3, 0.2),
            (*h + Vec2::new(0.0, -15.0)).extend(-3.9),
        );
        shape(
            c,
            m,
            mt,
            Rectangle::new(14.0, 12.0).into(),
            Color::srgb(0.6, 0.8, 0.95),
            (*h + Vec2::new(-22.0, 6.0)).extend(-3.9),
        );
        shape(
            c,
            m,
            mt,
            Rectangle::new(14.0, 12.0).into(),
            Color::srgb(0.6, 0.8, 0.95),
            (*h + Vec2::new(22.0, 6.0)).extend(-3.9),
        );
    }
}

/// The coop's office, with its sign.
fn office(c: &mut Commands, m: &mut Assets<Mesh>, mt: &mut Assets<ColorMaterial>, font: &TownFont) {
    shape(c, m, mt, Rectangle::new(190.0, 110.0).into(), Color::srgb(0.98, 0.85, 0.45), OFFICE.extend(-5.0));
    shape(
        c,
        m,
        mt,
        Rectangle::new(200.0, 18.0).into(),
        Color::srgb(0.2, 0.45, 0.7),
        (OFFICE + Vec2::new(0.0, 62.0)).extend(-4.0),
    );
    shape(
        c,
        m,
        mt,
        Rectangle::new(24.0, 40.0).into(),
        Color::srgb(0.45, 0.3, 0.2),
        (OFFICE + Vec2::new(0.0, -35.0)).extend(-3.9),
    );
    c.spawn((
        Text2d::new("CJS"),
        TextFont { font: font.0.clone().into(), font_size: bevy::text::FontSize::Px(18.0), ..default() },
        TextColor(Color::WHITE),
        Transform::from_translation((OFFICE + Vec2::new(0.0, 62.0)).extend(-3.0)),
        DespawnOnExit(Screen::Season),
    ));
}

/// The cooperants: who worked in the last week closed walks from the office to a client's house.
fn figures(c: &mut Commands, m: &mut Assets<Mesh>, mt: &mut Assets<ColorMaterial>, play: &Play, font: &TownFont) {
    let (commands, meshes, materials) = (c, m, mt);
    let season = &play.summer.season;
    let last = season.week().saturating_sub(1);
    let worked: Vec<u8> = season
        .journal()
        .iter()
        .filter(|e| e.week == last)
        .filter_map(|e| match e.ev {
            Ev::Worked { member, .. } => Some(member),
            _ => None,
        })
        .collect();
    let mut at_house = [0usize; HOUSES.len()];
    for (i, mem) in season.members().iter().enumerate() {
        if !mem.active || mem.absent {
            continue;
        }
        let start = standing(i);
        let to = if worked.contains(&(i as u8)) {
            let h = i % HOUSES.len();
            at_house[h] += 1;
            at_client(h, at_house[h])
        } else {
            start
        };
        let shirt = Color::srgb(
            0.9 - 0.7 * mem.motivation as f32,
            0.45 + 0.1 * mem.motivation as f32,
            0.1 + 0.6 * mem.motivation as f32,
        );
        let name = play.summer.world.scenario.cooperants.get(i).map(|c| c.name.clone()).unwrap_or_default();
        let body = meshes.add(Capsule2d::new(7.0, 14.0));
        let head = meshes.add(Circle::new(7.0));
        commands
            .spawn((
                Transform::from_translation(start.extend(1.0)),
                Visibility::default(),
                Figure { from: start, to, age: 0.0, phase: i as f32 * 0.7 },
                DespawnOnExit(Screen::Season),
            ))
            .with_children(|p| {
                p.spawn((
                    Mesh2d(body),
                    MeshMaterial2d(materials.add(ColorMaterial::from_color(shirt))),
                    Transform::from_xyz(0.0, 0.0, 0.0),
                ));
                p.spawn((
                    Mesh2d(head),
                    MeshMaterial2d(materials.add(ColorMaterial::from_color(Color::srgb(0.93, 0.78, 0.62)))),
                    Transform::from_xyz(0.0, 17.0, 0.1),
                ));
                p.spawn((
                    Text2d::new(name),
                    TextFont { font: font.0.clone().into(), font_size: bevy::text::FontSize::Px(13.0), ..default() },
                    TextColor(Color::BLACK),
                    Transform::from_xyz(0.0, -20.0, 0.2),
                ));
            });
    }
}

/// Where member `i` stands when not at a client's. The first sixteen under the office, eight to
/// a row, every other one a step lower: the names under two neighbours stand at two heights, so
/// that long ones do not run together. A scenario may have up to thirty members: the others stand
/// across the road, seven to a row, the same way. No one stands on the road.
fn standing(i: usize) -> Vec2 {
    let (corner, per_row, pitch, k) = if i < 16 {
        (OFFICE + Vec2::new(-136.0, -88.0), 8, Vec2::new(40.0, 58.0), i)
    } else {
        (Vec2::new(-10.0, 64.0), 7, Vec2::new(46.0, 51.0), i - 16)
    };
    let (col, row) = (k % per_row, k / per_row);
    corner + Vec2::new(pitch.x * col as f32, -pitch.y * row as f32 - zigzag(col))
}

/// Where the `k`-th member (from 1) to work at house `h` in a week stands: two under the house,
/// and, in a group of more than sixteen, two more further out, within the town.
fn at_client(h: usize, k: usize) -> Vec2 {
    let x = [-26.0, 26.0, -78.0, 78.0][k.clamp(1, 4) - 1];
    let spot = HOUSES[h] + Vec2::new(x, -58.0);
    Vec2::new(spot.x.clamp(-TOWN.x / 2.0 + 12.0, TOWN.x / 2.0 - 12.0), spot.y)
}

/// How much lower a figure stands than its neighbour: every other one of a row.
fn zigzag(k: usize) -> f32 {
    if k % 2 == 1 { 23.0 } else { 0.0 }
}

/// Seconds a walk lasts: a short wait, then the way to the client.
const WALK: f32 = 1.9;

/// The week passing: figures walk to their client, bobbing as they go, then stand still. While
/// one walks, the game asks for the next frame; once all stand, it draws nothing more (the
/// reactive update mode, `game::pace`).
fn walk(time: Res<Time>, mut q: Query<(&mut Figure, &mut Transform)>, mut redraw: MessageWriter<RequestRedraw>) {
    let mut moving = false;
    for (mut f, mut t) in &mut q {
        if f.age > WALK {
            continue;
        }
        f.age = (f.age + time.delta_secs()).min(WALK + 0.01);
        let k = ((f.age - 0.3) / (WALK - 0.3)).clamp(0.0, 1.0);
        let k = k * k * (3.0 - 2.0 * k);
        let bob = if k < 1.0 { (f.age * 6.0 + f.phase).sin().abs() * 4.0 } else { 0.0 };
        let p = f.from.lerp(f.to, k) + Vec2::new(0.0, bob);
        t.translation = p.extend(1.0);
        moving = true;
    }
    if moving {
        redraw.write(RequestRedraw);
    }
}

/// Fits the town into the part of the window the season screen's panels leave free.
fn fit_camera(
    rect: Option<Res<TownRect>>,
    windows: Query<&Window>,
    mut cams: Query<(&mut Transform, &mut Projection), With<Camera2d>>,
) {
    let (Some(rect), Ok(win)) = (rect, windows.single()) else {
        return;
    };
    let Ok((mut t, mut proj)) = cams.single_mut() else {
        return;
    };
    let Some(r) = rect.0 else { return };
    if r.width() < 10.0 || r.height() < 10.0 {
        return;
    }
    let scale = (TOWN.x / r.width()).max(TOWN.y / r.height());
    if let Projection::Orthographic(o) = &mut *proj {
        o.scale = scale;
    }
    let win_c = Vec2::new(win.width(), win.height()) / 2.0;
    let c = r.center();
    let d = (c - win_c) * scale;
    t.translation.x = -d.x;
    t.translation.y = d.y;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_member_of_the_largest_group_stands_in_the_town_off_the_roads_and_apart() {
        // A figure reaches from its name under it (20 below, 13 high) to the top of its head.
        let (below, above, half) = (27.0, 24.0, 7.0);
        let spots: Vec<Vec2> = (0..30).map(standing).collect();
        for (i, p) in spots.iter().enumerate() {
            assert!(p.x.abs() + half < TOWN.x / 2.0 && p.y - below > -TOWN.y / 2.0 && p.y + above < TOWN.y / 2.0);
            // Under the office (190 by 110 around `OFFICE`), not in front of it.
            assert!(p.y + above < OFFICE.y - 55.0 || p.x - half > OFFICE.x + 95.0, "member {i} hides the office");
            // The horizontal road at y −60 and the vertical one at x −60, 44 wide.
            assert!(p.y - below > -38.0 || p.y + above < -82.0, "member {i} stands on the road at {p}");
            assert!(p.x - half > -38.0 || p.x + half < -82.0, "member {i} stands on the road at {p}");
            for (h, k) in (0..HOUSES.len()).flat_map(|h| (1..=4).map(move |k| (h, k))) {
                let q = at_client(h, k);
                assert!(q.x.abs() + half < TOWN.x / 2.0, "a worker at house {h} stands out of the town at {q}");
                let apart = (p.x - q.x).abs() >= 2.0 * half + 24.0 || (p.y - q.y).abs() >= below + above;
                assert!(apart, "member {i} stands in the way of a worker at house {h} at {q}");
            }
            for (j, q) in spots.iter().enumerate().skip(i + 1) {
                let apart = (p.x - q.x).abs() >= 2.0 * half + 24.0 || (p.y - q.y).abs() >= below + above;
                assert!(apart, "members {i} and {j} stand on each other at {p} and {q}");
            }
        }
    }
}
