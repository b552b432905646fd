//! Events: a scripted happening with its story and choices, settled by the same decision flow
//! as an assembly item (the panel is `assembly::show`, which tells the story first).

use bevy::prelude::*;
use bevy_egui::EguiPrimaryContextPass;

use super::Screen;
use super::assembly;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Event), assembly::reset)
        .add_systems(EguiPrimaryContextPass, assembly::ui.run_if(in_state(Screen::Event)).in_set(super::Panels));
}
